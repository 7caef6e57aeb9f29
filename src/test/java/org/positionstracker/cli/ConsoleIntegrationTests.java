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
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts the console through the real entry point in a child JVM, as a user would. */
class ConsoleIntegrationTests {
    @TempDir
    Path dir;

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
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
    void console_listensOnLoopbackOnly_andPrintsAUrlConnectedToTheDatabase() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux /proc/net/tcp to see bound addresses");
        int port = freePort();
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), TrackerCommand.class.getName(),
                "console", "--db", dir.resolve("tracker").toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String url = null;
            StringBuilder seen = new StringBuilder();
            for (String line; url == null && (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                if (line.startsWith("Open: ")) url = line.substring("Open: ".length()).trim();
            }
            assertNotNull(url, "no URL printed:\n" + seen);

            List<String> bound = listeningAddresses(port);
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());

            assertFalse(bound.isEmpty(), "the console should be listening");
            assertTrue(bound.stream().allMatch(ConsoleIntegrationTests::isLoopbackV4), "bound to 127.0.0.1 and nothing else: " + bound);
            assertTrue(url.startsWith("http://127.0.0.1:" + port + "/"), url);
            assertEquals(200, page.statusCode());
        } finally {
            child.destroy();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
    }
}
