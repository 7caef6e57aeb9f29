package org.positionstracker.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.h2.engine.SysProperties;
import org.h2.server.web.PreConnectedWebServer;
import org.h2.tools.Server;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "console", mixinStandardHelpOptions = true, header = "Opens the database read-only in the H2 web console.",
        description = {"Starts the H2 web console on 127.0.0.1 (this machine only) and prints a URL that opens it on the",
                "tracker database, already connected as the read-only user TRACKER_READER: SELECT works; writing, DDL,",
                "file access and database settings are refused. The URL holds a secret made for this run and is the only",
                "way in: the console's login form connects nothing. Runs until Ctrl-C. While it runs, other commands on",
                "the same H2 file database report that it is in use."})
class ConsoleCommand implements Callable<Integer> {
    static final String LOOPBACK = "127.0.0.1";

    @Mixin
    DatabaseOption database;

    @Option(names = "--port", defaultValue = "8082", description = "Port to listen on (on 127.0.0.1 only). Default: ${DEFAULT-VALUE}")
    int port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseLocation location = database.location();
        if (!location.isH2()) throw new IllegalArgumentException("--db " + database.db + ": the console serves H2 databases; use psql or your own client for PostgreSQL");
        try (Database db = database.openForReading(); RunningConsole console = RunningConsole.start(db, port)) {
            out.println("H2 console for " + ControlCharacters.escape(location.displayUrl()) + " (listening on " + LOOPBACK + ":" + console.port() + " only)");
            out.println("Open: " + console.sessionUrl());
            out.println("This link is the only way in (its login form connects nothing); it logs in as " + db.readerUser()
                    + ", who can only read. Keep it to yourself. Press Ctrl-C to stop.");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }

    /**
     * The H2 web server, bound to the loopback address, with one session already connected to the
     * database as its read-only user and its login form switched off ({@link PreConnectedWebServer}).
     * Anyone on this machine can reach the port; without the session's id in the printed URL they
     * reach nothing. No Java code of anyone's can run in it: H2 loads no class by name (see
     * {@link TrackerCommand}), the reader may not create functions, and a database that already
     * holds Java functions or triggers is refused (H2 cannot switch off compiling their source).
     */
    record RunningConsole(Server server, Connection connection, String sessionUrl) implements AutoCloseable {
        static RunningConsole start(Database db, int port) throws SQLException {
            if (!LOOPBACK.equals(SysProperties.BIND_ADDRESS))
                throw new IllegalStateException("refusing to start the console: H2 would listen on every network interface"
                        + " (h2.bindAddress was not set to " + LOOPBACK + " before H2 loaded)");
            if (!TrackerCommand.H2_ALLOWED_CLASSES.equals(SysProperties.ALLOWED_CLASSES))
                throw new IllegalStateException("refusing to start the console: H2 would load Java classes named in SQL"
                        + " (h2.allowedClasses was not set before H2 loaded)");
            List<String> javaCode = db.javaRoutines();
            if (!javaCode.isEmpty())
                throw new IllegalArgumentException("refusing to start the console on " + db.location().displayUrl()
                        + ": it holds Java functions or triggers (" + String.join(", ", javaCode) + "), which the tracker never"
                        + " makes and the console would run; drop them as the database's admin");
            PreConnectedWebServer web = new PreConnectedWebServer();
            // "-properties null": no settings file in the user's home, which any visitor could otherwise write through the form
            Server server = new Server(web, "-webPort", Integer.toString(port), "-properties", "null");
            web.setShutdownHandler(server);
            server.start();
            Connection connection;
            try {
                connection = db.readOnlyConnection();
            } catch (SQLException e) {
                server.stop();
                throw e;
            }
            String url = web.addSession(connection);
            return new RunningConsole(server, connection, url.replace("localhost", LOOPBACK));
        }

        int port() {
            return server.getPort();
        }

        @Override
        public void close() throws SQLException {
            server.stop();
            connection.close();
        }
    }
}
