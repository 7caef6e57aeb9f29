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
import java.util.concurrent.TimeUnit;
import org.h2.engine.Constants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Starts the console through the real entry point in a child JVM, as a user would, and probes it on loopback. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIntegrationTests {
    @TempDir
    static Path dir;

    private Process child;
    private int port;
    private String sessionUrl;
    private final HttpClient http = HttpClient.newHttpClient();

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
        for (String line; sessionUrl == null && (line = out.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith("Open: ")) sessionUrl = line.substring("Open: ".length()).trim();
        }
        assertNotNull(sessionUrl, "no URL printed:\n" + seen);
    }

    @AfterAll
    void stopConsole() throws InterruptedException {
        child.destroy();
        assertTrue(child.waitFor(20, TimeUnit.SECONDS));
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
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(sessionUrl)).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(sessionUrl.startsWith("http://127.0.0.1:" + port + "/"), sessionUrl);
        assertEquals(200, page.statusCode());
    }

    @Test
    void aUrlTypedIntoTheConsole_cannotCreateANewDatabase() throws Exception {
        Path wanted = dir.resolve("created-from-console");
        String session = sessionUrl.substring(sessionUrl.indexOf("jsessionid=") + "jsessionid=".length());
        String form = "driver=org.h2.Driver&user=sa&password=&url=" + URLEncoder.encode("jdbc:h2:" + wanted, StandardCharsets.UTF_8);

        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login.do?jsessionid=" + session))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertTrue(answer.body().contains("not found"), answer.body());
        assertFalse(Files.exists(Path.of(wanted + ".mv.db")), "the console created a database");
    }

    @Test
    void h2Version_isPastTheKnownConsoleVulnerabilities() {
        int[] version = {Constants.VERSION_MAJOR, Constants.VERSION_MINOR, Constants.BUILD_ID};
        int[] firstFixed = {2, 1, 210};

        assertTrue(java.util.Arrays.compare(version, firstFixed) >= 0, "H2 " + Constants.FULL_VERSION + " predates 2.1.210");
    }
}
