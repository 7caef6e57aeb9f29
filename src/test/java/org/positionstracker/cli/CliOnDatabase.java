package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** The command line run in-process against one database (--db appended to every command), for tests. */
record CliOnDatabase(String db) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs the command, which must succeed. */
    CliRun ok(String... args) {
        String[] withDb = new String[args.length + 2];
        System.arraycopy(args, 0, withDb, 0, args.length);
        withDb[args.length] = "--db";
        withDb[args.length + 1] = db;
        CliRun run = CliRun.of(withDb);
        assertEquals(0, run.exitCode(), String.join(" ", args) + ": " + run.out() + run.err());
        return run;
    }

    /** The statements command's JSON with these filters. */
    List<JsonNode> statements(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("statements"));
        args.addAll(List.of(filters));
        args.addAll(List.of("--format", "json"));
        return json(ok(args.toArray(String[]::new)).out());
    }

    static List<JsonNode> json(String text) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        JSON.readTree(text).forEach(nodes::add);
        return nodes;
    }
}
