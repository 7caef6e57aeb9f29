package org.positionstracker.db;

import java.nio.file.Path;
import java.util.UUID;

/**
 * The databases the tracker runs on. Integration tests that must hold on both are parameterised
 * with it:
 *
 * <pre>{@code
 * @ParameterizedClass
 * @EnumSource(Backend.class)
 * class SomethingIntegrationTests {
 *     @Parameter
 *     Backend backend;
 *     ... Database.open(backend.freshDatabase("something")) ...
 * }
 * }</pre>
 *
 * H2 databases are in memory (or files, for the command line); PostgreSQL databases are created
 * on the {@link EmbeddedPostgresServer} shared by the test JVM, which starts on first use.
 */
public enum Backend {
    H2 {
        @Override
        public DatabaseLocation freshDatabase(String label) {
            return DatabaseLocation.parse("jdbc:h2:mem:" + label + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }

        @Override
        public String freshDatabaseOption(Path dir, String label) {
            return dir.resolve(label + "-" + UUID.randomUUID()).resolve("tracker").toString();
        }
    },
    POSTGRESQL {
        @Override
        public DatabaseLocation freshDatabase(String label) {
            return EmbeddedPostgresServer.get().freshDatabase(label);
        }

        @Override
        public String freshDatabaseOption(Path dir, String label) {
            return EmbeddedPostgresServer.get().freshDatabaseUrl(label);
        }
    };

    /** A new, empty database (not yet migrated: {@link Database#open} does that). */
    public abstract DatabaseLocation freshDatabase(String label);

    /**
     * A new, empty database as a user gives it to {@code --db}: a file path below {@code dir} for
     * H2, a {@code jdbc:postgresql:} URL for PostgreSQL.
     */
    public abstract String freshDatabaseOption(Path dir, String label);
}
