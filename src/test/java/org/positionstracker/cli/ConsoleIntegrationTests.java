package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.h2.engine.Constants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.db.H2Admin;
import org.positionstracker.testing.ChildJvm;

/** Starts the console through the real entry point in a child JVM, as a user would, and probes it on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIntegrationTests {
    @TempDir
    static Path dir;

    private Process child;
    private int port;
    private String sessionUrl;
    private String printed;

    /** Another local user's own H2 database, admin sa with an empty password, made before the console starts. */
    private Path othersDatabase;
    /** The console's home folder, where H2's console would keep its settings file. */
    private Path home;

    @BeforeAll
    void startConsole() throws IOException, SQLException {
        othersDatabase = dir.resolve("someone-else");
        DriverManager.getConnection("jdbc:h2:" + othersDatabase, "sa", "").close();
        home = Files.createDirectory(dir.resolve("home"));
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), TrackerCommand.class.getName(),
                "console", "--db", dir.resolve("tracker").toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith("Open: ")) sessionUrl = line.substring("Open: ".length()).trim();
            if (line.contains("Ctrl-C")) break;
        }
        printed = seen.toString();
        assertNotNull(sessionUrl, "no URL printed:\n" + seen);
    }

    @AfterAll
    void stopConsole() throws InterruptedException {
        child.destroy();
        ChildJvm.awaitExit(child);
    }

    /**
     * Local addresses (hex, as in /proc/net/tcp and tcp6) of the sockets listening on the port.
     * Java's dual-stack sockets show 127.0.0.1 in tcp6 as the IPv4-mapped ::ffff:127.0.0.1.
     */
    private static List<String> listeningAddresses(int port) throws IOException {
        String portHex = String.format("%04X", port);
        List<String> addresses = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            if (!Files.isReadable(Path.of(table))) continue;
            Files.readAllLines(Path.of(table)).stream().skip(1)
                    .map(l -> l.trim().split("\\s+"))
                    .filter(f -> f[1].endsWith(":" + portHex) && f[3].equals("0A"))
                    .map(f -> f[1].substring(0, f[1].indexOf(':')))
                    .forEach(addresses::add);
        }
        return addresses;
    }

    private static boolean isLoopbackV4(String hex) {
        return hex.equals("0100007F") || hex.equals("0000000000000000FFFF00000100007F");
    }

    @Test
    void console_listensOn127001Only() throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc/net/tcp to see bound addresses");

        List<String> bound = listeningAddresses(port);

        assertFalse(bound.isEmpty(), "the console should be listening");
        assertTrue(bound.stream().allMatch(ConsoleIntegrationTests::isLoopbackV4), "bound to 127.0.0.1 and nothing else: " + bound);
    }

    @Test
    void printedUrl_opensASessionOnTheDatabase() throws Exception {
        HttpResponse<String> page = http().send(HttpRequest.newBuilder(URI.create(sessionUrl)).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(sessionUrl.startsWith("http://127.0.0.1:" + port + "/"), sessionUrl);
        assertEquals(200, page.statusCode());
    }

    @Test
    void aUrlTypedIntoTheConsole_cannotCreateANewDatabase() throws Exception {
        Path wanted = dir.resolve("created-from-console");
        String form = "driver=org.h2.Driver&user=sa&password=&url=" + URLEncoder.encode("jdbc:h2:" + wanted, StandardCharsets.UTF_8);

        HttpResponse<String> answer = http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.do?jsessionid=" + newSession()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(answer.body().contains(REFUSED), answer.body());
        assertFalse(Files.exists(Path.of(wanted + ".mv.db")), "the console created a database");
    }

    /** What the console's login form answers every login. */
    private static final String REFUSED = "This console serves only the database it was started for";

    /**
     * The attack from issue 12: another local user logs in, through the console's form, to an H2
     * database of their own as its admin, and makes the console's JVM run their Java code.
     */
    @Test
    void anotherUsersDatabase_cannotBeLoggedIntoFromTheForm_andRunsNoJavaCode() throws Exception {
        Path bySource = dir.resolve("written-by-source-alias");
        Path byClass = dir.resolve("made-by-class-alias");
        String session = newSession();

        String test = post("test.do", session, Map.of("driver", "org.h2.Driver", "url", "jdbc:h2:" + othersDatabase, "user", "sa", "password", ""));
        String login = post("login.do", session, Map.of("driver", "org.h2.Driver", "url", "jdbc:h2:" + othersDatabase, "user", "sa", "password", ""));
        query(session, "CREATE ALIAS PWN_SOURCE AS 'String pwn() throws Exception { java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + bySource + "\")); return \"pwned\"; }'");
        query(session, "CALL PWN_SOURCE()");
        query(session, "CREATE ALIAS PWN_CLASS FOR 'org.h2.store.fs.FileUtils.createDirectory'");
        query(session, "CALL PWN_CLASS('" + byClass + "')");

        assertFalse(Files.exists(bySource), "Java source compiled and run by the console");
        assertFalse(Files.exists(byClass), "a Java method called by the console");
        assertTrue(test.contains(REFUSED), test);
        assertTrue(login.contains(REFUSED), login);
    }

    @Test
    void thePreConnectedSession_cannotCreateJavaFunctions() throws Exception {
        Path bySource = dir.resolve("written-by-reader-alias");
        String session = sessionId(sessionUrl);

        String source = query(session, "CREATE ALIAS PWN_SOURCE AS 'String pwn() throws Exception { java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + bySource + "\")); return \"pwned\"; }'");
        query(session, "CALL PWN_SOURCE()");
        String byClass = query(session, "CREATE ALIAS PWN_CLASS FOR 'org.h2.store.fs.FileUtils.createDirectory'");

        assertTrue(source.contains("Admin rights are required"), source);
        assertTrue(byClass.contains("Admin rights are required"), byClass);
        assertFalse(Files.exists(bySource));
    }

    @Test
    void theConsole_keepsNoSettingsFile() throws Exception {
        String session = newSession();

        post("settingSave.do", session, Map.of("name", "planted", "driver", "org.h2.Driver", "url", "jdbc:h2:" + othersDatabase, "user", "sa"));

        assertFalse(Files.exists(home.resolve(".h2.server.properties")), "the console wrote a settings file into its user's home");
    }

    private String database() {
        return dir.resolve("tracker").toString();
    }

    /**
     * A client of its own for each request: H2's web server closes a connection after each
     * answer without saying so, and a shared client would now and then send the next request on
     * the closed connection ("header parser received no bytes").
     */
    private static HttpClient http() {
        return HttpClient.newHttpClient();
    }

    private static String sessionId(String url) {
        Matcher m = Pattern.compile("jsessionid=([0-9a-zA-Z]+)").matcher(url);
        assertTrue(m.find(), url);
        return m.group(1);
    }

    /** A new console session, not logged in: the start page links to it. */
    private String newSession() throws Exception {
        HttpResponse<String> start = http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        return sessionId(start.body());
    }

    private String post(String page, String session, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + page + "?jsessionid=" + session))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private String login(String session, String user, String password) throws Exception {
        return post("login.do", session, Map.of("driver", "org.h2.Driver", "url", "jdbc:h2:" + database(), "user", user, "password", password));
    }

    private String query(String session, String sql) throws Exception {
        return post("query.do", session, Map.of("sql", sql));
    }

    @Test
    void thePreConnectedSession_isTheReadOnlyUser_andCannotWrite() throws Exception {
        String session = sessionId(sessionUrl);

        String who = query(session, "SELECT 'user=' || CURRENT_USER");
        String insert = query(session, "INSERT INTO topic (id, slug, label) VALUES (99, 'pwned', 'Pwned')");
        String count = query(session, "SELECT 'pwned=' || COUNT(*) FROM topic WHERE slug = 'pwned'");
        String alias = query(session, "CREATE ALIAS PWNED FOR \"java.lang.System.getenv(java.lang.String)\"");

        assertTrue(who.contains("user=TRACKER_READER"), who);
        assertTrue(insert.contains("Not enough rights for object"), insert);
        assertTrue(count.contains("pwned=0"), count);
        assertTrue(alias.contains("Admin rights are required"), alias);
    }

    @Test
    void theAdmin_cannotLogInFromTheForm_evenWithItsPassword() throws Exception {
        String password = H2Admin.credentials(database()).getProperty("admin.password");

        String answer = login(newSession(), "sa", password);

        assertTrue(answer.contains(REFUSED), answer);
    }

    @Test
    void theReader_cannotLogInFromTheForm_either() throws Exception {
        String password = H2Admin.credentials(database()).getProperty("reader.password");

        String answer = login(newSession(), "TRACKER_READER", password);

        assertTrue(answer.contains(REFUSED), answer);
    }

    @Test
    void thePrintedText_neverShowsAPassword() throws Exception {
        java.util.Properties credentials = H2Admin.credentials(database());

        assertFalse(printed.contains(credentials.getProperty("admin.password")), printed);
        assertFalse(printed.contains(credentials.getProperty("reader.password")), printed);
    }

    @Test
    void inATrackerJvm_H2LoadsNoClassNamedInSql_evenForItsAdmin() throws Exception {
        Path byClass = dir.resolve("made-by-admin-class-alias");

        String answer = runToEnd(javaCommand(), "-cp", System.getProperty("java.class.path"), ClassLoadingProbe.class.getName(), byClass.toString());

        assertFalse(Files.exists(byClass), answer);
        assertTrue(answer.contains("Access to the class \"org.h2.store.fs.FileUtils\" is denied"), answer);
    }

    @Test
    void aDatabaseHoldingJavaFunctions_isRefused_andNothingOfItRuns() throws Exception {
        String planted = dir.resolve("planted").toString();
        Path bySource = dir.resolve("written-by-planted-alias");
        Database.open(DatabaseLocation.parse(planted)).close();
        try (Connection admin = H2Admin.connect(planted); Statement st = admin.createStatement()) {
            st.execute("CREATE ALIAS PLANTED AS 'String planted() throws Exception { java.nio.file.Files.createFile(java.nio.file.Path.of(\""
                    + bySource + "\")); return \"x\"; }'");
        }

        String printed = runToEnd(javaCommand(), "-cp", System.getProperty("java.class.path"), TrackerCommand.class.getName(),
                "console", "--db", planted, "--port", "0");

        assertTrue(printed.startsWith("error: refusing to start the console on jdbc:h2:file:" + planted
                + ": it holds Java functions or triggers (PUBLIC.PLANTED)"), printed);
        assertEquals(1, printed.lines().count(), printed);
        assertFalse(Files.exists(bySource));
    }

    /**
     * Runs a child JVM to its end and returns what it printed. A console that started (it prints
     * its "Open: " line) instead of refusing is stopped at once: the test then fails by what the
     * child did, not by how long it took.
     */
    private static String runToEnd(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder printed = new StringBuilder();
        boolean started = false;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; !started && (line = out.readLine()) != null; ) {
                printed.append(line).append('\n');
                started = line.startsWith("Open: ");
            }
        }
        if (started) process.destroy();
        ChildJvm.awaitExit(process);
        assertFalse(started, "the console started:\n" + printed);
        return printed.toString();
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void h2Version_isPastTheKnownConsoleVulnerabilities() {
        int[] version = {Constants.VERSION_MAJOR, Constants.VERSION_MINOR, Constants.BUILD_ID};
        int[] firstFixed = {2, 1, 210};

        assertTrue(java.util.Arrays.compare(version, firstFixed) >= 0, "H2 " + Constants.FULL_VERSION + " predates 2.1.210");
    }
}
