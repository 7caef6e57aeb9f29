package org.positionstracker.extract.label;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.NewsStatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;

/**
 * Topic precision and recall and stance accuracy on the labels development set
 * ({@code src/test/resources/labels}: invented articles, gold in the project's gold JSON with
 * per-item {@code stances}). A minimal scorer for developing the labeler; the product's scorer is
 * the {@code evaluate} command.
 *
 * <p>Two readings: <b>labeler</b> labels each gold statement directly (content: from the gold
 * snippet to the end of its sentence), so attribution errors do not count; <b>end to end</b>
 * scores the statements the extractor finds whose text contains a gold snippet. Topic P/R count
 * (statement, topic) pairs; stance accuracy is over the gold pairs whose topic was found.
 */
class LabelDevelopmentSetTests {
    private static final Codebook CODEBOOK = CodebookLoader.bundled();
    private static final ClaimLabeler LABELER = new ClaimLabeler(CODEBOOK);
    private static final Path DIR = Path.of("src", "test", "resources", "labels");
    /** The second development set, written later by another author to check that rules tuned on the first generalise. */
    private static final Path DIR_G = Path.of("src", "test", "resources", "labels-g");

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gold(String contains, List<String> topics, Map<String, String> stances) {
        Gold {
            topics = topics == null ? List.of() : topics;
            stances = stances == null ? Map.of() : stances;
        }
    }

    static final class Score {
        int tp, fp, fn, stanceRight, stanceFound;
        final List<String> errors = new ArrayList<>();

        void add(String where, Gold g, Map<String, String> predicted) {
            for (String t : g.topics()) {
                if (predicted.containsKey(t)) {
                    tp++;
                    stanceFound++;
                    String want = g.stances().get(t);
                    if (want != null && want.equals(predicted.get(t))) stanceRight++;
                    else errors.add(where + " stance " + t + ": want " + want + ", got " + predicted.get(t) + "  [" + g.contains() + "]");
                } else {
                    fn++;
                    errors.add(where + " missed " + t + "  [" + g.contains() + "]");
                }
            }
            for (String t : predicted.keySet()) {
                if (!g.topics().contains(t)) {
                    fp++;
                    errors.add(where + " extra " + t + "=" + predicted.get(t) + "  [" + g.contains() + "]");
                }
            }
        }

        double precision() { return tp / (double) Math.max(1, tp + fp); }
        double recall() { return tp / (double) Math.max(1, tp + fn); }
        double stanceAccuracy() { return stanceRight / (double) Math.max(1, stanceFound); }

        String line(String name) {
            return String.format("%s: topic precision %.2f, recall %.2f (%d found, %d extra, %d missed); stance accuracy %.2f (%d of %d)",
                    name, precision(), recall(), tp, fp, fn, stanceAccuracy(), stanceRight, stanceFound);
        }
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
    }

    static String norm(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"');
    }

    @Test
    void labeler_meetsTheTargetsOnTheDevelopmentSet() throws IOException {
        Score labeler = new Score();
        int articles = score(DIR, labeler, new Score());
        assertTrue(articles >= 15, "at least 15 articles");
        assertTrue(labeler.precision() >= 0.85 && labeler.recall() >= 0.85 && labeler.stanceAccuracy() >= 0.80,
                labeler.line("labeler"));
    }

    /** Floors on set G, a little under what the labeler reached when this test was written: a change that loses G fails. */
    @Test
    void labeler_holdsItsFiguresOnTheSecondDevelopmentSet() throws IOException {
        Score labeler = new Score();
        int articles = score(DIR_G, labeler, new Score());
        assertTrue(articles >= 15, "at least 15 articles");
        assertTrue(labeler.precision() >= G_PRECISION && labeler.recall() >= G_RECALL && labeler.stanceAccuracy() >= G_STANCE,
                labeler.line("labeler on G"));
    }

    private static final double G_PRECISION = 0.78;
    private static final double G_RECALL = 0.60;
    private static final double G_STANCE = 0.40;

    /** Scores the labeler on the gold statements of {@code dir} and end to end; prints both; returns the number of articles. */
    private static int score(Path dir, Score labeler, Score endToEnd) throws IOException {
        NewsStatementExtractor extractor = new NewsStatementExtractor(CODEBOOK);
        ObjectMapper json = new ObjectMapper();
        List<String> names = names(dir);
        for (String name : names) {
            String text = Files.readString(dir.resolve(name + ".txt"), StandardCharsets.UTF_8);
            List<Gold> gold = json.readValue(dir.resolve(name + ".gold.json").toFile(), new TypeReference<List<Gold>>() { });
            List<TextSpan> sentences = sentences(text);
            List<ExtractedStatement> found = extractor.extract(text).statements();
            for (Gold g : gold) {
                int at = norm(text).indexOf(norm(g.contains()));
                if (at < 0) throw new IllegalStateException(name + ": snippet not in the text: " + g.contains());
                int si = 0;
                while (sentences.get(si).end() <= at) si++;
                TextSpan sentence = sentences.get(si);
                int end = sentence.end();
                while (end > at && ".\"\u201d ".indexOf(text.charAt(end - 1)) >= 0) end--;
                LabelInput in = new LabelInput(text, new TextSpan(contentStart(text, sentence, at), end), sentence, sentences.subList(0, si), null);
                labeler.add(name, g, stances(LABELER.label(in)));
                for (ExtractedStatement st : found) {
                    if (norm(st.text()).contains(norm(g.contains()))) {
                        endToEnd.add(name + " (e2e)", g, stances(st.topics()));
                        break;
                    }
                }
            }
        }
        System.out.println(labeler.line("labeler on " + dir + " (" + names.size() + " articles, "
                + (labeler.tp + labeler.fn) + " gold topic pairs)"));
        System.out.println(endToEnd.line("end to end"));
        labeler.errors.forEach(System.out::println);
        endToEnd.errors.forEach(System.out::println);

        return names.size();
    }

    /** Where the reported content holding the snippet starts: after the last reporting verb (and "that") before it, else the sentence start. */
    private static int contentStart(String text, TextSpan sentence, int snippet) {
        String before = text.substring(sentence.start(), snippet);
        int best = -1;
        for (String cue : List.of(" said ", " says ", " told reporters ", " told ", " added ", " warned ", " dismissed ", " called ",
                " accused ", " urged ", " insisted ", " stressed ", " : ", "\u201c", "\"")) {
            int i = before.lastIndexOf(cue);
            if (i >= 0) best = Math.max(best, i + cue.length());
        }
        if (best < 0) return sentence.start();
        String rest = before.substring(best);
        if (rest.startsWith("that ")) best += 5;
        return sentence.start() + best;
    }

    private static Map<String, String> stances(List<TopicStance> list) {
        Map<String, String> out = new LinkedHashMap<>();
        for (TopicStance ts : list) out.put(ts.topicSlug(), ts.stance().code());
        return out;
    }

    /** Lines, split after ". " / "? " / "! " (optionally after a closing quote); good enough for these texts. */
    private static List<TextSpan> sentences(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || (".?!".indexOf(c) >= 0 && (i + 1 == text.length() || text.charAt(i + 1) == ' '
                    || (i + 2 < text.length() && "\"\u201d".indexOf(text.charAt(i + 1)) >= 0 && text.charAt(i + 2) == ' ')));
            if (end) {
                int e = c == '\n' ? i : (i + 1 < text.length() && "\"\u201d".indexOf(text.charAt(i + 1)) >= 0 ? i + 2 : i + 1);
                if (e > start && !text.substring(start, e).isBlank()) out.add(new TextSpan(start, e));
                start = c == '\n' ? e + 1 : e;
                i = start - 1;
            }
        }
        if (start < text.length() && !text.substring(start).isBlank()) out.add(new TextSpan(start, text.length()));
        return out;
    }
}
