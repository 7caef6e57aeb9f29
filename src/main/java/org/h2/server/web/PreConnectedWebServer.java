package org.h2.server.web;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.util.NetworkConnectionInfo;

/**
 * H2's web console with its login form switched off: the only way in is a session made with
 * {@link #addSession(Connection)} around a connection its owner opened, reached through the
 * unguessable session id in the URL it returns. Nothing typed into the form (another database,
 * driver, user or URL) is ever connected.
 *
 * <p>Why a class in H2's package: every login and "Test Connection" of the console goes through
 * the package-private {@code WebServer.getConnection}, and H2 offers no other hook to refuse them;
 * a login to any database where the visitor is admin (their own file, with user sa) lets them
 * compile and run Java code in this JVM ({@code CREATE ALIAS ... AS}).
 */
public final class PreConnectedWebServer extends WebServer {
    public static final String REFUSED = "This console serves only the database it was started for, through the link it printed;"
            + " its login form connects nothing";

    @Override
    Connection getConnection(String driver, String databaseUrl, String user, String password, String userKey,
                             NetworkConnectionInfo networkConnectionInfo) throws SQLException {
        throw new SQLException(REFUSED, "28000");
    }
}
