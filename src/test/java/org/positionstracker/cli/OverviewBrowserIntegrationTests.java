package org.positionstracker.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.testing.ChildJvm;

/**
 * Opens the seed overview in a real headless browser (Debian's chromium; skipped when none is on
 * the PATH): the page parses and renders, makes no network request, and its screenshot shows the
 * matrix colours. The screenshot is kept as target/overview-screenshot.png for people to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverviewBrowserIntegrationTests {
    private static final Path SCREENSHOT = Path.of("target", "overview-screenshot.png");

    @TempDir
    static Path dir;

    private Path chromium;
    private Path page;
    private int statements;

    @BeforeAll
    void writeTheSeedOverview() throws Exception {
        chromium = onPath("chromium").or(() -> onPath("chromium-browser")).orElse(null);
        if (chromium == null) return;
        String db = dir.resolve("db").resolve("tracker").toString();
        CliRun imported = CliRun.of("import", "--db", db, "seeds");
        assertEquals(0, imported.exitCode(), imported.err());
        page = dir.resolve("overview.html");
        CliRun written = CliRun.of("overview", "--db", db, "--out", page.toString());
        assertEquals(0, written.exitCode(), written.err());
        CliRun listed = CliRun.of("statements", "--db", db, "--format", "json");
        statements = new ObjectMapper().readTree(listed.out()).size();
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null, "no chromium on the PATH (apt-get install chromium)");
    }

    private static Optional<Path> onPath(String name) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(folder, name);
            if (Files.isExecutable(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    /** Runs headless chromium on a file with name resolution off; returns what it printed. */
    private String browse(Path file, String... extra) throws Exception {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND"));
        command.addAll(List.of(extra));
        command.add(file.toUri().toString());
        Path stdout = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(dir.resolve("chromium.err").toFile()).start();
        assertEquals(0, ChildJvm.awaitExit(p), Files.readString(dir.resolve("chromium.err")));
        return Files.readString(stdout, StandardCharsets.UTF_8);
    }

    /** The http(s) requests a page made (the browser's own background requests are not the page's). */
    private static List<String> pageRequests(Path netLog) throws Exception {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        Map<Integer, String> types = new HashMap<>();
        log.get("constants").get("logEventTypes").fields().forEachRemaining(e -> types.put(e.getValue().asInt(), e.getKey()));
        List<String> urls = new ArrayList<>();
        for (JsonNode event : log.get("events")) {
            JsonNode params = event.get("params");
            if (params == null || !"URL_REQUEST_START_JOB".equals(types.get(event.get("type").asInt()))) continue;
            String url = params.path("url").asText();
            if (params.path("network_isolation_key").asText().startsWith("file://") && !url.startsWith("file:")) urls.add(url);
        }
        return urls;
    }

    @Test
    void browserParsesTheOverview_intoTheMatrixAndOneAnchoredMarkPerStatement() throws Exception {
        String dom = browse(page, "--dump-dom");

        assertTrue(dom.contains("<table class=\"matrix\">"), "matrix table in the DOM");
        Matcher anchored = Pattern.compile("<mark class=\"st-[a-z]+\" data-s=\"\\d+\" id=\"s\\d+\">").matcher(dom);
        int marks = 0;
        while (anchored.find()) marks++;
        assertEquals(statements, marks);
        assertTrue(statements > 10, "the seed gives more than ten statements: " + statements);
        assertTrue(dom.contains("</footer>"), "the whole page was parsed");
    }

    @Test
    void theOverviewMakesNoNetworkRequest_whereAPageWithAnImageWould() throws Exception {
        Path control = dir.resolve("control.html");
        Files.writeString(control, "<!DOCTYPE html><html><body><img src=\"http://example.invalid/x.png\"/><p>x</p></body></html>");
        Path controlLog = dir.resolve("control-netlog.json");
        Path overviewLog = dir.resolve("overview-netlog.json");

        browse(control, "--dump-dom", "--log-net-log=" + controlLog);
        browse(page, "--dump-dom", "--log-net-log=" + overviewLog);

        assertEquals(List.of("http://example.invalid/x.png"), pageRequests(controlLog), "the net log shows a page's requests");
        assertEquals(List.of(), pageRequests(overviewLog));
    }

    @Test
    void screenshot_showsTheStanceColours() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);

        browse(page, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1400,2400");

        assertTrue(Files.size(SCREENSHOT) > 50_000, "a non-trivial PNG: " + Files.size(SCREENSHOT) + " bytes");
        BufferedImage image = ImageIO.read(SCREENSHOT.toFile());
        assertEquals(1400, image.getWidth());
        assertEquals(2400, image.getHeight());
        Map<String, Integer> colours = Map.of("opposes #ee8f78", 0xee8f78, "demands #47b3a6", 0x47b3a6, "neutral #d6d6d6", 0xd6d6d6);
        for (Map.Entry<String, Integer> colour : colours.entrySet()) {
            int pixels = 0;
            for (int y = 0; y < image.getHeight(); y += 2)
                for (int x = 0; x < image.getWidth(); x += 2)
                    if (close(image.getRGB(x, y), colour.getValue())) pixels++;
            assertTrue(pixels > 200, colour.getKey() + " covers " + pixels + " sampled pixels");
        }
    }

    private static boolean close(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8)
            if (Math.abs(((rgb >> shift) & 0xff) - ((expected >> shift) & 0xff)) > 3) return false;
        return true;
    }
}
