package org.positionstracker.extract.unseen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;
import org.positionstracker.statement.Mode;

/**
 * Check of the statement extractor on annotated articles unlike the seed.
 *
 * <p><b>Status of the articles.</b> They were written as a held-out set, but the extractor's
 * author read them while developing, so they are now a development set: their score is not an
 * estimate of accuracy on unseen text. The {@code b*} files were a second blind set (recall 0.727,
 * precision 0.856 before anyone saw them), then used for development too. For a blind measurement, point the same scorer at a
 * folder of new annotated articles outside the repository:
 * {@code mvn -B test -Dtest=UnseenArticlesTests -Darticles.dir=/path/to/folder}.
 *
 * <p>The articles in {@code src/test/resources/unseen/} ({@code *.txt}, UTF-8) are invented
 * fixtures written to read like real pages from other outlets and on other subjects than the
 * Russia–Ukraine seed (wire, AP, BBC, local news, a climate summit, a page full of web
 * furniture). Each has two annotation files written by someone other than the extractor's author:
 * <ul>
 *   <li>{@code name.gold.json} – the statements a careful analyst would record: speaker (codebook
 *       name, or the fullest name the article gives) with acceptable alternatives, mode, a short
 *       snippet that must lie inside the statement's text, optional codebook topics that must be
 *       present, an optional {@code extent} (the whole statement as the annotator would mark it,
 *       so that an extractor splitting a multi-sentence quote is not penalised on precision) and a
 *       free-text {@code note} on the trap the item contains.</li>
 *   <li>{@code name.forbidden.json} – {@code speakers}: names that must never be a speaker's
 *       canonical name (bylines, addressees such as "the BBC", venues, people who are only
 *       mentioned, widget text); {@code snippets}: text that must never be inside a statement
 *       (page furniture, negated reports such as "declined to say ...").</li>
 * </ul>
 *
 * <p>The extractor is created reflectively ({@value #EXTRACTOR_CLASS} with a {@link Codebook}
 * constructor) so this class compiles against the extractor contract alone; a missing class is
 * a test failure, not a compile error for the whole test tree.
 *
 * <p>Hard failures (contract, must always hold): every span lies inside the text; each
 * statement's content covers exactly its text; topic slugs are codebook slugs, one per statement;
 * the actors list names every speaker once with the actors they speak for before them; the same
 * text gives the same result; nothing forbidden becomes a speaker or part of a statement.
 *
 * <p>Scored (floor): a gold item is found when some statement's text contains its snippet
 * (case-insensitive; curly and straight quotes and runs of whitespace are treated alike), its
 * speaker's canonical name equals the gold speaker or an alternative (also ignoring a leading
 * "the"/"a"/"an"), its mode is the gold mode and its topics include the gold topics. An extracted
 * statement is correct (for precision) when it agrees with some gold item on speaker and text
 * (its text contains the snippet, lies inside the snippet, or lies inside the annotated extent),
 * ignoring mode. The per-article table with the reason for every miss and every unmatched
 * statement is printed to standard output (with surefire: {@code target/surefire-reports/
 * org.positionstracker.extract.unseen.UnseenArticlesTests-output.txt}) and repeated in the
 * failure message.
 *
 * <p><b>Why the floors are 0.70 and not 1.0.</b> The articles are deliberately unlike the seed
 * and contain constructions a rule-based extractor with a small codebook cannot be expected to
 * get every time: a speaker named only as a role in the lead and by name a paragraph later,
 * pronouns whose nearest named antecedent is the wrong person, statements embedded in relative
 * clauses, "according to" a document, scare-quoted terms that make a report partial, anonymous
 * and collective sources whose surface name has several reasonable renderings. The gold also
 * records judgement calls ("called for", "urged", "had demanded") on which careful human
 * annotators themselves disagree, and strict matching on mode and topics counts a statement
 * with the right speaker but a debatable mode as missed. A score of 1.0 would therefore mean the
 * extractor was tuned to these six texts, which is exactly what a held-out set must not invite.
 * The floors catch real regressions (lost speaker resolution, broken quote handling, furniture
 * leaking into statements); the printed misses are what to look at, not a target to overfit.
 * Raise the floors only together with new unseen articles.
 */
class UnseenArticlesTests {

    static final String EXTRACTOR_CLASS = "org.positionstracker.extract.NewsStatementExtractor";
    static final double RECALL_FLOOR = 0.70;
    static final double PRECISION_FLOOR = 0.70;
    private static final String RESOURCE_DIR = "unseen";
    private static final int MIN_FRAGMENT_CHARS = 8;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Codebook CODEBOOK = CodebookLoader.bundled();
    private static volatile StatementExtractor extractor;
    private static final Map<String, Article> ARTICLES = new ConcurrentHashMap<>();
    private static final Map<String, Extraction> EXTRACTIONS = new ConcurrentHashMap<>();

    /** One statement a careful annotator would record. */
    record GoldItem(String speaker,
                    @JsonProperty("alt_speakers") List<String> altSpeakers,
                    String mode,
                    String contains,
                    List<String> topics,
                    String extent,
                    String note) {
        GoldItem {
            altSpeakers = altSpeakers == null ? List.of() : List.copyOf(altSpeakers);
            topics = topics == null ? List.of() : List.copyOf(topics);
        }

        Mode parsedMode() {
            return Mode.fromCode(mode);
        }

        List<String> acceptableSpeakers() {
            List<String> all = new ArrayList<>();
            all.add(speaker);
            all.addAll(altSpeakers);
            return all;
        }
    }

    /** What must never show up as a speaker or inside a statement. */
    record Forbidden(List<String> speakers, List<String> snippets) {
        Forbidden {
            speakers = speakers == null ? List.of() : List.copyOf(speakers);
            snippets = snippets == null ? List.of() : List.copyOf(snippets);
        }
    }

    record Article(String name, String text, List<GoldItem> gold, Forbidden forbidden) {
    }

    // ------------------------------------------------------------------ loading

    static Path resourceDir() {
        String override = System.getProperty("articles.dir");
        if (override != null && !override.isBlank()) return Path.of(override);
        URL url = UnseenArticlesTests.class.getResource("/" + RESOURCE_DIR);
        if (url != null && "file".equals(url.getProtocol())) {
            try {
                return Path.of(url.toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        Path fallback = Path.of("src", "test", "resources", RESOURCE_DIR);
        if (Files.isDirectory(fallback)) return fallback;
        throw new IllegalStateException("cannot find the " + RESOURCE_DIR + " test resources");
    }

    static Stream<String> articleNames() {
        try (Stream<Path> files = Files.list(resourceDir())) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
            if (names.isEmpty()) throw new IllegalStateException("no unseen articles found in " + resourceDir());
            return names.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Article article(String name) {
        return ARTICLES.computeIfAbsent(name, n -> {
            Path dir = resourceDir();
            try {
                String text = new String(Files.readAllBytes(dir.resolve(n + ".txt")), StandardCharsets.UTF_8);
                List<GoldItem> gold = JSON.readValue(dir.resolve(n + ".gold.json").toFile(), new TypeReference<List<GoldItem>>() { });
                Path forbiddenFile = dir.resolve(n + ".forbidden.json");
                Forbidden forbidden = Files.isRegularFile(forbiddenFile)
                        ? JSON.readValue(forbiddenFile.toFile(), Forbidden.class)
                        : new Forbidden(List.of(), List.of());
                return new Article(n, text, gold, forbidden);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read unseen article " + n + ": " + e.getMessage(), e);
            }
        });
    }

    static StatementExtractor extractor() {
        StatementExtractor e = extractor;
        if (e != null) return e;
        synchronized (UnseenArticlesTests.class) {
            if (extractor != null) return extractor;
            try {
                Class<?> type = Class.forName(EXTRACTOR_CLASS);
                Object instance = type.getConstructor(Codebook.class).newInstance(CODEBOOK);
                if (!(instance instanceof StatementExtractor se))
                    throw new AssertionError(EXTRACTOR_CLASS + " does not implement StatementExtractor");
                extractor = se;
                return se;
            } catch (ClassNotFoundException ex) {
                return fail(EXTRACTOR_CLASS + " does not exist yet: the unseen-article check needs it");
            } catch (NoSuchMethodException ex) {
                return fail(EXTRACTOR_CLASS + " has no public constructor taking a Codebook");
            } catch (InvocationTargetException ex) {
                throw new AssertionError(EXTRACTOR_CLASS + "(Codebook) threw", ex.getCause());
            } catch (ReflectiveOperationException ex) {
                throw new AssertionError("cannot create " + EXTRACTOR_CLASS, ex);
            }
        }
    }

    static Extraction extraction(String name) {
        Extraction cached = EXTRACTIONS.get(name);
        if (cached != null) return cached;
        Article a = article(name);
        Extraction result;
        try {
            result = extractor().extract(a.text());
        } catch (RuntimeException e) {
            throw new AssertionError(name + ": extract() threw, but the contract says it never throws", e);
        }
        assertTrue(result != null, name + ": extract() returned null");
        EXTRACTIONS.put(name, result);
        return result;
    }

    // ------------------------------------------------------------------ normalisation

    /** Lower case, curly quotes and apostrophes made straight, whitespace runs made one space. */
    static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> b.append('"');
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> b.append('\'');
                case '\u00A0', '\u2007', '\u202F' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString().replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** A name as compared: normalised, without a leading article or trailing punctuation. */
    static String nameKey(String s) {
        String k = norm(s).replaceAll("^(the|a|an) ", "");
        return k.replaceAll("[\\s.,;:]+$", "");
    }

    /** A statement text without the quotes, punctuation and spaces at its ends. */
    static String trimmedFragment(String s) {
        return norm(s).replaceAll("^[\\s\"'.,;:!?()\\[\\]\\-–—]+", "").replaceAll("[\\s\"'.,;:!?()\\[\\]\\-–—]+$", "");
    }

    static boolean speakerMatches(SpeakerRef speaker, GoldItem gold) {
        if (speaker == null) return false;
        String k = nameKey(speaker.canonicalName());
        return gold.acceptableSpeakers().stream().anyMatch(s -> nameKey(s).equals(k));
    }

    static boolean containsSnippet(ExtractedStatement st, GoldItem gold) {
        return norm(st.text()).contains(norm(gold.contains()));
    }

    /** Text agreement for precision: same statement, or a piece of it. */
    static boolean textAgrees(ExtractedStatement st, GoldItem gold) {
        if (containsSnippet(st, gold)) return true;
        String fragment = trimmedFragment(st.text());
        if (fragment.length() < MIN_FRAGMENT_CHARS) return false;
        if (norm(gold.contains()).contains(fragment)) return true;
        return gold.extent() != null && norm(gold.extent()).contains(fragment);
    }

    static Set<String> topicSlugs(ExtractedStatement st) {
        return st.topics().stream().map(TopicStance::topicSlug).collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ gold sanity

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleNames")
    void goldAnnotationsAreWellFormed(String name) {
        Article a = article(name);
        String text = norm(a.text());
        List<String> problems = new ArrayList<>();
        assertFalse(a.gold().isEmpty(), name + ": no gold statements");
        for (GoldItem g : a.gold()) {
            if (g.speaker() == null || g.speaker().isBlank()) problems.add("item without speaker: " + g.contains());
            if (g.contains() == null || g.contains().isBlank()) {
                problems.add("item without snippet for " + g.speaker());
                continue;
            }
            try {
                g.parsedMode();
            } catch (RuntimeException e) {
                problems.add(e.getMessage() + " in " + g.contains());
            }
            if (!text.contains(norm(g.contains()))) problems.add("snippet not in the article: " + g.contains());
            if (g.extent() != null) {
                if (!text.contains(norm(g.extent()))) problems.add("extent not in the article: " + g.extent());
                if (!norm(g.extent()).contains(norm(g.contains()))) problems.add("snippet not inside its extent: " + g.contains());
            }
            for (String slug : g.topics())
                if (CODEBOOK.topic(slug).isEmpty()) problems.add("unknown topic " + slug + " for " + g.contains());
            for (String bad : a.forbidden().snippets())
                if (norm(g.extent() == null ? g.contains() : g.extent()).contains(norm(bad)))
                    problems.add("gold item contains forbidden snippet '" + bad + "': " + g.contains());
            for (String bad : a.forbidden().speakers())
                for (String ok : g.acceptableSpeakers())
                    if (nameKey(ok).equals(nameKey(bad))) problems.add("speaker both acceptable and forbidden: " + bad);
        }
        for (String bad : a.forbidden().snippets())
            if (!text.contains(norm(bad))) problems.add("forbidden snippet does not occur in the article (stale?): " + bad);
        assertTrue(problems.isEmpty(), name + ": bad annotation files:\n  " + String.join("\n  ", problems));
    }

    // ------------------------------------------------------------------ hard invariants

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleNames")
    void everySpanLiesInsideTheTextAndContentCoversItsText(String name) {
        String text = article(name).text();
        Extraction ex = extraction(name);
        List<String> problems = new ArrayList<>();
        int previousSentence = 0;
        for (int i = 0; i < ex.statements().size(); i++) {
            ExtractedStatement st = ex.statements().get(i);
            String where = "statement " + (i + 1) + " (" + abbreviate(st.text()) + ")";
            checkSpan(problems, where + " content", st.content(), text, false);
            checkSpan(problems, where + " speaker mention", st.speakerMention(), text, true);
            checkSpan(problems, where + " cue", st.cue(), text, true);
            if (st.content().end() <= text.length() && !st.content().coveredText(text).equals(st.text()))
                problems.add(where + ": content covers '" + st.content().coveredText(text) + "', not its text");
            if (st.text().isBlank()) problems.add(where + ": blank statement text");
            if (st.sentenceNumber() < previousSentence)
                problems.add(where + ": sentence " + st.sentenceNumber() + " after sentence " + previousSentence + " (statements must be in text order)");
            previousSentence = Math.max(previousSentence, st.sentenceNumber());
            Set<String> seen = new HashSet<>();
            for (TopicStance ts : st.topics()) {
                if (CODEBOOK.topic(ts.topicSlug()).isEmpty()) problems.add(where + ": topic '" + ts.topicSlug() + "' is not in the codebook");
                if (!seen.add(ts.topicSlug())) problems.add(where + ": topic '" + ts.topicSlug() + "' given twice");
                checkSpan(problems, where + " keyword of " + ts.topicSlug(), ts.keyword(), text, false);
                checkSpan(problems, where + " stance cue of " + ts.topicSlug(), ts.cue(), text, true);
            }
        }
        assertTrue(problems.isEmpty(), name + ": span contract broken:\n  " + String.join("\n  ", problems));
    }

    private static void checkSpan(List<String> problems, String what, TextSpan span, String text, boolean nullable) {
        if (span == null) {
            if (!nullable) problems.add(what + " is null");
            return;
        }
        if (span.end() > text.length())
            problems.add(what + " [" + span.start() + ", " + span.end() + ") runs past the text (" + text.length() + " chars)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleNames")
    void noForbiddenSpeakerOrSnippet(String name) {
        Article a = article(name);
        Extraction ex = extraction(name);
        Set<String> badSpeakers = a.forbidden().speakers().stream().map(UnseenArticlesTests::nameKey).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (ExtractedStatement st : ex.statements()) {
            if (st.speaker() != null && badSpeakers.contains(nameKey(st.speaker().canonicalName())))
                problems.add("forbidden speaker '" + st.speaker().canonicalName() + "' for: " + abbreviate(st.text()));
            String t = norm(st.text());
            for (String bad : a.forbidden().snippets())
                if (t.contains(norm(bad)))
                    problems.add("forbidden text '" + bad + "' inside statement by " + speakerName(st) + ": " + abbreviate(st.text()));
        }
        for (SpeakerRef actor : ex.actors())
            if (badSpeakers.contains(nameKey(actor.canonicalName())))
                problems.add("forbidden actor '" + actor.canonicalName() + "' in the actors list");
        assertTrue(problems.isEmpty(), name + ":\n  " + String.join("\n  ", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleNames")
    void actorsListNamesEverySpeakerOnceAfterWhomTheySpeakFor(String name) {
        Extraction ex = extraction(name);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int i = 0; i < ex.actors().size(); i++) {
            String key = nameKey(ex.actors().get(i).canonicalName());
            if (position.putIfAbsent(key, i) != null) problems.add("actor listed twice: " + ex.actors().get(i).canonicalName());
        }
        for (ExtractedStatement st : ex.statements())
            if (st.speaker() != null && !position.containsKey(nameKey(st.speaker().canonicalName())))
                problems.add("speaker '" + st.speaker().canonicalName() + "' missing from the actors list");
        for (int i = 0; i < ex.actors().size(); i++) {
            SpeakerRef actor = ex.actors().get(i);
            if (actor.speaksFor() == null) continue;
            Integer at = position.get(nameKey(actor.speaksFor()));
            if (at == null) problems.add(actor.canonicalName() + " speaks for '" + actor.speaksFor() + "', which is not in the actors list");
            else if (at > i) problems.add(actor.canonicalName() + " is listed before '" + actor.speaksFor() + "', whom it speaks for");
        }
        assertTrue(problems.isEmpty(), name + ": actors list breaks the contract:\n  " + String.join("\n  ", problems));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articleNames")
    void sameTextGivesTheSameResult(String name) {
        Extraction first = extraction(name);
        Extraction again = extractor().extract(article(name).text());
        assertEquals(first, again, name + ": two runs on the same text differ");
    }

    // ------------------------------------------------------------------ scoring

    record ArticleScore(String name, int gold, int found, int extracted, int correct, int foundIgnoringModeAndTopics, String table) {
    }

    static ArticleScore score(String name) {
        Article a = article(name);
        Extraction ex = extraction(name);
        List<ExtractedStatement> statements = ex.statements();
        StringBuilder t = new StringBuilder();
        int found = 0;
        int lenient = 0;
        for (GoldItem g : a.gold()) {
            List<ExtractedStatement> withSnippet = statements.stream().filter(st -> containsSnippet(st, g)).toList();
            List<ExtractedStatement> rightSpeaker = withSnippet.stream().filter(st -> speakerMatches(st.speaker(), g)).toList();
            List<ExtractedStatement> rightMode = rightSpeaker.stream().filter(st -> st.mode() == g.parsedMode()).toList();
            List<ExtractedStatement> full = rightMode.stream().filter(st -> topicSlugs(st).containsAll(g.topics())).toList();
            if (!rightSpeaker.isEmpty()) lenient++;
            String reason;
            if (!full.isEmpty()) {
                found++;
                reason = null;
            } else if (withSnippet.isEmpty()) {
                reason = "no statement contains it";
            } else if (rightSpeaker.isEmpty()) {
                reason = "wrong speaker " + withSnippet.stream()
                        .map(st -> "'" + speakerName(st) + "' (" + st.mode().code() + ")")
                        .distinct().collect(Collectors.joining(", "));
            } else if (rightMode.isEmpty()) {
                reason = "wrong mode " + rightSpeaker.stream().map(st -> st.mode().code()).distinct().collect(Collectors.joining(", "));
            } else {
                reason = "missing topics: needs " + g.topics() + ", has " + rightMode.stream()
                        .map(st -> topicSlugs(st).stream().sorted().toList().toString()).distinct().collect(Collectors.joining(" / "));
            }
            t.append(String.format("  %-6s %-8s %-28s \"%s\"%s%n", reason == null ? "found" : "MISSED", g.mode(),
                    abbreviate(g.speaker(), 28), g.contains(), reason == null ? "" : "\n           -> " + reason));
        }
        int correct = 0;
        int unattributed = 0;
        for (ExtractedStatement st : statements) {
            if (st.speaker() == null) {         // kept as speech of no known speaker: listed apart, counts toward no position
                unattributed++;
                t.append(String.format("  UNATTR %-8s %-28s \"%s\"%n", st.mode().code(), "", abbreviate(st.text())));
                continue;
            }
            boolean ok = a.gold().stream().anyMatch(g -> speakerMatches(st.speaker(), g) && textAgrees(st, g));
            if (ok) {
                correct++;
                continue;
            }
            List<String> sameText = a.gold().stream().filter(g -> textAgrees(st, g)).map(GoldItem::speaker).toList();
            t.append(String.format("  EXTRA  %-8s %-28s \"%s\"%s%n", st.mode().code(), abbreviate(speakerName(st), 28),
                    abbreviate(st.text()), sameText.isEmpty() ? " -> not a gold statement" : " -> gold speaker is " + sameText));
        }
        int attributed = statements.size() - unattributed;
        String header = String.format("== %s: %d/%d gold found, %d/%d attributed statements correct, %d unattributed%n",
                name, found, a.gold().size(), correct, attributed, unattributed);
        return new ArticleScore(name, a.gold().size(), found, attributed, correct, lenient, header + t);
    }

    static String speakerName(ExtractedStatement st) {
        return st.speaker() == null ? "(unattributed)" : st.speaker().canonicalName();
    }

    @Test
    void recallAndPrecisionMeetTheFloor() {
        List<ArticleScore> scores = articleNames().map(UnseenArticlesTests::score).toList();
        int gold = scores.stream().mapToInt(ArticleScore::gold).sum();
        int found = scores.stream().mapToInt(ArticleScore::found).sum();
        int lenient = scores.stream().mapToInt(ArticleScore::foundIgnoringModeAndTopics).sum();
        int extracted = scores.stream().mapToInt(ArticleScore::extracted).sum();
        int correct = scores.stream().mapToInt(ArticleScore::correct).sum();
        double recall = gold == 0 ? 0 : (double) found / gold;
        double lenientRecall = gold == 0 ? 0 : (double) lenient / gold;
        double precision = extracted == 0 ? 0 : (double) correct / extracted;
        StringBuilder report = new StringBuilder("\nUnseen-article check (" + EXTRACTOR_CLASS + ")\n");
        scores.forEach(s -> report.append(s.table()));
        report.append(String.format(Locale.ROOT,
                "OVERALL recall %.3f (%d/%d; speaker and snippet only: %.3f), precision %.3f (%d/%d); floors %.2f / %.2f%n",
                recall, found, gold, lenientRecall, precision, correct, extracted, RECALL_FLOOR, PRECISION_FLOOR));
        System.out.println(report);
        assertTrue(recall >= RECALL_FLOOR && precision >= PRECISION_FLOOR, report.toString());
    }

    private static String abbreviate(String s) {
        return abbreviate(s.replaceAll("\\s+", " "), 90);
    }

    private static String abbreviate(String s, int max) {
        Objects.requireNonNull(s);
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
