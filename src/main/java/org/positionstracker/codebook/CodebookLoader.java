package org.positionstracker.codebook;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.positionstracker.actor.ActorKind;

/** Reads a codebook from its YAML file (format documented in the README). */
public final class CodebookLoader {
    /** Where the project keeps its editable codebook, relative to the working directory. */
    public static final Path PROJECT_CODEBOOK = Path.of("db", "codebook.yaml");
    private static final String BUNDLED = "/db/codebook.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CodebookLoader() {
    }

    /**
     * The codebook to use: the given file if any, else {@code db/codebook.yaml} in the working
     * directory if present (so it can be edited without rebuilding), else the copy inside the jar.
     */
    public static Codebook resolve(Path explicit) {
        if (explicit != null) return load(explicit);
        if (Files.isRegularFile(PROJECT_CODEBOOK)) return load(PROJECT_CODEBOOK);
        return bundled();
    }

    public static Codebook load(Path file) {
        if (!Files.isRegularFile(file)) throw new CodebookException(file + ": codebook file not found");
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new CodebookException(file + ": cannot read codebook: " + e.getMessage());
        }
    }

    public static Codebook bundled() {
        try (InputStream in = CodebookLoader.class.getResourceAsStream(BUNDLED)) {
            if (in == null) throw new IllegalStateException("the bundled codebook " + BUNDLED + " is missing from the jar");
            return parse(in, "bundled codebook");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Codebook parse(InputStream in, String source) {
        CodebookFile file;
        try {
            file = YAML.readValue(in, CodebookFile.class);
        } catch (IOException e) {
            throw new CodebookException(source + ": not a valid codebook: " + firstLine(e.getMessage()));
        }
        if (file == null) throw new CodebookException(source + ": codebook is empty");
        try {
            List<ActorEntry> actors = file.actors == null ? List.of() : file.actors.stream().map(ActorYaml::toEntry).toList();
            List<TopicEntry> topics = file.topics == null ? List.of() : file.topics.stream().map(TopicYaml::toEntry).toList();
            return new Codebook(source, actors, topics);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new CodebookException(source + ": " + e.getMessage());
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    private static final class CodebookFile {
        public List<ActorYaml> actors;
        public List<TopicYaml> topics;
    }

    private static final class ActorYaml {
        public String name;
        public String kind;
        @JsonProperty("speaks_for")
        public String speaksFor;
        public String role;
        public List<String> aliases;
        public List<String> demonyms;

        ActorEntry toEntry() {
            if (name == null) throw new IllegalArgumentException("an actor has no name");
            if (kind == null) throw new IllegalArgumentException("actor '" + name + "' has no kind");
            return new ActorEntry(name.trim(), ActorKind.fromCode(kind), speaksFor, role, aliases, demonyms);
        }
    }

    private static final class TopicYaml {
        public String slug;
        public String label;
        public String description;
        public String claim;
        public List<String> keywords;
        @JsonProperty("for")
        public List<String> forFrames;
        @JsonProperty("against")
        public List<String> againstFrames;

        TopicEntry toEntry() {
            return new TopicEntry(slug, label, description, claim, keywords, forFrames, againstFrames);
        }
    }
}
