package org.positionstracker.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.h2.engine.SysProperties;
import org.h2.server.web.WebServer;
import org.h2.tools.Server;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "console", mixinStandardHelpOptions = true,
        description = {"Starts the H2 web console on 127.0.0.1 (this machine only) and prints a URL that opens it on the",
                "tracker database, already connected as the read-only user TRACKER_READER: SELECT works; writing, DDL,",
                "file access and database settings are refused. Runs until Ctrl-C. While it runs, other commands on the",
                "same H2 file database report that it is in use."})
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
        try (Database db = database.open(); RunningConsole console = RunningConsole.start(db, port)) {
            out.println("H2 console for " + location.displayUrl() + " (listening on " + LOOPBACK + ":" + console.port() + " only)");
            out.println("Open: " + console.sessionUrl());
            out.println("Or log in at http://" + LOOPBACK + ":" + console.port() + "/ with JDBC URL " + location.displayUrl()
                    + ", user " + db.readerUser() + " and " + db.credentialsFile()
                            .map(f -> "the password reader.password in " + f)
                            .orElse("the password made for this run (use the link above)")
                    + ". Press Ctrl-C to stop.");
            out.flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            stopped.await();
        }
        return 0;
    }

    /** The H2 web server, bound to the loopback address, with a session already connected to the database as its read-only user. */
    record RunningConsole(Server server, Connection connection, String sessionUrl) implements AutoCloseable {
        static RunningConsole start(Database db, int port) throws SQLException {
            if (!LOOPBACK.equals(SysProperties.BIND_ADDRESS))
                throw new IllegalStateException("refusing to start the console: H2 would listen on every network interface"
                        + " (h2.bindAddress was not set to " + LOOPBACK + " before H2 loaded)");
            Server server = Server.createWebServer("-webPort", Integer.toString(port));
            server.start();
            Connection connection;
            try {
                connection = db.readOnlyConnection();
            } catch (SQLException e) {
                server.stop();
                throw e;
            }
            String url = ((WebServer) server.getService()).addSession(connection);
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
