package org.positionstracker.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Run in a child JVM: loads {@link TrackerCommand} as the tracker's entry point does, then, as
 * the admin of a database of its own, asks H2 to call a Java method by its class name, which makes
 * the folder given as the argument. Prints what H2 answered.
 */
final class ClassLoadingProbe {
    public static void main(String[] args) throws Exception {
        Class.forName(TrackerCommand.class.getName());
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:probe", "sa", ""); Statement st = c.createStatement()) {
            st.execute("CREATE ALIAS MAKE_FOLDER FOR 'org.h2.store.fs.FileUtils.createDirectory'");
            st.execute("CALL MAKE_FOLDER('" + args[0].replace("'", "''") + "')");
            System.out.println("ran");
        } catch (SQLException e) {
            System.out.println("refused: " + e.getMessage());
        }
    }

    private ClassLoadingProbe() {
    }
}
