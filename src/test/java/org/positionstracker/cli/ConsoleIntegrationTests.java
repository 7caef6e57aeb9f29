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
    private String loginHint;

    @BeforeAll
    void startConsole() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TrackerCommand.class.getName(),
                "console", "--db", dir.resolve("tracker").toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line; loginHint == null && (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith("Open: ")) sessionUrl = line.substring("Open: ".length()).trim();
            if (line.startsWith("Or log in")) loginHint = line;
        }
        assertNotNull(sessionUrl, "no URL printed:\n" + seen);
        assertNotNull(loginHint, "no login hint printed:\n" + seen);
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
        String session = sessionUrl.substring(sessionUrl.indexOf("jsessionid=") + "jsessionid=".length());
        String form = "driver=org.h2.Driver&user=sa&password=&url=" + URLEncoder.encode("jdbc:h2:" + wanted, StandardCharsets.UTF_8);

        HttpResponse<String> answer = http().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.do?jsessionid=" + session))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(answer.body().contains("not found"), answer.body());
        assertFalse(Files.exists(Path.of(wanted + ".mv.db")), "the console created a database");
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
    void theAdmin_cannotLogInWithAnEmptyPassword() throws Exception {
        String answer = login(newSession(), "sa", "");

        assertTrue(answer.contains("Wrong user name or password"), answer);
    }

    @Test
    void theReader_logsInWithThePasswordFromTheCredentialsFile() throws Exception {
        String session = newSession();
        String password = H2Admin.credentials(database()).getProperty("reader.password");

        login(session, "TRACKER_READER", password);
        String who = query(session, "SELECT 'user=' || CURRENT_USER");

        assertTrue(who.contains("user=TRACKER_READER"), who);
    }

    @Test
    void theLoginHint_namesTheReaderAndWhereItsPasswordIs_neverTheAdminPassword() throws Exception {
        String adminPassword = H2Admin.credentials(database()).getProperty("admin.password");

        assertTrue(loginHint.contains("user TRACKER_READER"), loginHint);
        assertTrue(loginHint.contains("reader.password in " + database() + ".credentials"), loginHint);
        assertFalse(loginHint.contains(adminPassword), loginHint);
    }

    @Test
    void h2Version_isPastTheKnownConsoleVulnerabilities() {
        int[] version = {Constants.VERSION_MAJOR, Constants.VERSION_MINOR, Constants.BUILD_ID};
        int[] firstFixed = {2, 1, 210};

        assertTrue(java.util.Arrays.compare(version, firstFixed) >= 0, "H2 " + Constants.FULL_VERSION + " predates 2.1.210");
    }
}
