package org.positionstracker.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.positionstracker.db.Database;
import org.positionstracker.network.CsvWriter;
import org.positionstracker.network.GraphmlWriter;
import org.positionstracker.network.Network;
import org.positionstracker.network.NetworkExport;
import org.positionstracker.network.NetworkRequest;
import org.positionstracker.network.NetworkType;
import org.positionstracker.network.Relation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "network", mixinStandardHelpOptions = true, header = "Exports the discourse network as GraphML or CSV.",
        description = {"Exports the discourse network as GraphML (for Gephi, visone, yEd, igraph, networkx) or CSV.",
                "actor-topic (two-mode): a node per actor and per topic; an edge where an actor made statements on a topic, weighted by their number, with the stance counts, the dominant stance and the polarity.",
                "actor-actor (one-mode): a node per actor; a congruence edge where two actors lean the same way on topics, a conflict edge where they lean opposite ways, weighted by the statements behind it.",
                "Actors are the speakers; with --roll-up, the actors they speak for. Statements on no topic are left out."},
        footer = {"", "GraphML goes to --out FILE or standard output. CSV writes the edge list to --out FILE (or standard output) and, with --out, the node list next to it: --out net.csv writes net.csv and net-nodes.csv. A summary line says what was written.",
                "", "Examples:",
                "  positions-tracker export network --type actor-topic --out actor-topic.graphml",
                "  positions-tracker export network --type actor-actor --roll-up --topic territory --topic \"peace plan\" --out camps.graphml",
                "  positions-tracker export network --type actor-actor --relation subtract --from 2025-01-01 --to 2025-06-30 --format csv --out h1.csv"})
class ExportNetworkCommand implements Callable<Integer> {
    enum NetworkFormat {
        graphml, csv
    }

    @Mixin
    DatabaseOption database;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "actor-topic", converter = TypeConverter.class,
            description = "actor-topic (two-mode) or actor-actor (one-mode). Default: ${DEFAULT-VALUE}")
    NetworkType type;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "graphml",
            description = "graphml or csv. Default: ${DEFAULT-VALUE}")
    NetworkFormat format;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only statements on this topic (slug or label); repeat for several.")
    List<String> topics = new ArrayList<>();

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only statements said on or after this day (YYYY-MM-DD). Statements without a date are left out.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only statements said on or before this day (YYYY-MM-DD). Statements without a date are left out.")
    LocalDate to;

    @Option(names = "--roll-up", description = "Count each statement for the actor its speaker speaks for (e.g. Ukraine for its president), when there is one.")
    boolean rollUp;

    @Option(names = "--relation", paramLabel = "RELATION", converter = RelationConverter.class,
            description = "actor-actor only: congruence, conflict, both (parallel edges where a pair has both) or subtract (one signed edge: congruence minus conflict). Default: both")
    Relation relation;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file (replaced whole, never half-written) instead of standard output.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (relation != null && type == NetworkType.ACTOR_TOPIC)
            throw new CommandLine.ParameterException(spec.commandLine(), "--relation applies to --type actor-actor only");
        if (from != null && to != null && from.isAfter(to))
            throw new CommandLine.ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to + ": no day is in between");
        NetworkRequest request = new NetworkRequest(type, topics, from, to, rollUp, relation == null ? Relation.BOTH : relation);
        List<Path> files = out == null ? List.of() : format == NetworkFormat.csv ? List.of(out, nodesFile(out)) : List.of(out);
        files.forEach(AtomicFiles::checkWritable);
        PrintWriter stdout = spec.commandLine().getOut();
        try (Database db = database.openForReading()) {
            NetworkExport export = NetworkExport.build(db, request);
            Network network = export.network();
            String written;
            if (out == null) {
                write(network, stdout);
                stdout.flush();
                written = "standard output";
            } else {
                Map<Path, AtomicFiles.Content> contents = new LinkedHashMap<>();
                contents.put(out, w -> write(network, w));
                if (format == NetworkFormat.csv) contents.put(nodesFile(out), w -> new CsvWriter().writeNodes(network, w));
                AtomicFiles.write(contents);
                written = String.join(" and ", files.stream().map(Path::toString).toList());
            }
            PrintWriter summary = out == null ? spec.commandLine().getErr() : stdout;
            summary.println(ControlCharacters.escape("wrote " + written + ": " + export.summary()));
            summary.flush();
            return 0;
        }
    }

    private void write(Network network, java.io.Writer w) {
        try {
            if (format == NetworkFormat.graphml) new GraphmlWriter().write(network, w);
            else new CsvWriter().writeEdges(network, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** net.csv -> net-nodes.csv; net -> net-nodes.csv; data/net.edges.csv -> data/net.edges-nodes.csv. */
    static Path nodesFile(Path edges) {
        String name = edges.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".csv";
        return edges.resolveSibling(stem + "-nodes" + extension);
    }

    static final class TypeConverter implements CommandLine.ITypeConverter<NetworkType> {
        @Override
        public NetworkType convert(String value) {
            try {
                return NetworkType.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class RelationConverter implements CommandLine.ITypeConverter<Relation> {
        @Override
        public Relation convert(String value) {
            try {
                return Relation.fromCode(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD, e.g. 2025-03-31)");
            }
        }
    }
}
