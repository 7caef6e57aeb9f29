package org.positionstracker.db;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Tests that look inside an H2 file database the tracker made log in as its admin, with the password from its credentials file. */
public final class H2Admin {
    private H2Admin() {
    }

    /** The credentials file of the database at {@code dbPath} (a --db path, without .mv.db). */
    public static Path credentialsFile(String dbPath) {
        return Path.of(dbPath + ".credentials");
    }

    public static Properties credentials(String dbPath) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(credentialsFile(dbPath), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    public static Connection connect(String dbPath) throws IOException, SQLException {
        Properties p = credentials(dbPath);
        return DriverManager.getConnection("jdbc:h2:file:" + dbPath + ";IFEXISTS=TRUE", p.getProperty("admin.user"), p.getProperty("admin.password"));
    }
}
