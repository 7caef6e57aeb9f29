package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.TopicEntry;

/** A small invented codebook on several domains, the extractor built on it, and span checks. */
final class ExtractionFixture {
    static final Codebook CODEBOOK = new Codebook("test codebook", List.of(
            new ActorEntry("Germany", ActorKind.GOVERNMENT, null, null, List.of("Berlin", "German government"), List.of("German")),
            new ActorEntry("France", ActorKind.GOVERNMENT, null, null, List.of("Paris", "the Elysee"), List.of("French")),
            new ActorEntry("Sweden", ActorKind.GOVERNMENT, null, null, List.of("Stockholm"), List.of("Swedish")),
            new ActorEntry("European Union", ActorKind.ORGANISATION, null, null,
                    List.of("EU", "the EU", "Brussels", "European Commission", "the European Commission"), List.of("European", "EU")),
            new ActorEntry("World Trade Organization", ActorKind.ORGANISATION, null, null, List.of("WTO", "the WTO"), List.of()),
            new ActorEntry("Maria Lindqvist", ActorKind.PERSON, "Sweden", "Prime Minister of Sweden",
                    List.of("Lindqvist", "Prime Minister Lindqvist"), List.of()),
            new ActorEntry("Henrik Vogel", ActorKind.PERSON, "Germany", "German Chancellor", List.of("Vogel", "Chancellor Vogel"), List.of())),
            List.of(
                    new TopicEntry("trade", "Trade", "Tariffs and trade deals", List.of("tariff*", "trade deal", "trade", "import*", "export*")),
                    new TopicEntry("climate", "Climate", "Emissions and energy", List.of("emission*", "carbon", "coal", "net zero", "climate")),
                    new TopicEntry("labour", "Labour", "Wages and strikes", List.of("wage*", "strike", "strikes", "pension*", "working hours")),
                    new TopicEntry("elections", "Elections", "Votes and ballots", List.of("election*", "ballot*", "vote", "votes", "polling stations")),
                    new TopicEntry("fisheries", "Fisheries", "Fishing quotas", List.of("fishing quota*", "fish*", "quota*"))));

    static final NewsStatementExtractor EXTRACTOR = new NewsStatementExtractor(CODEBOOK);

    private ExtractionFixture() {
    }

    /** Extracts and checks that every span of the result is valid. */
    static Extraction extract(String text) {
        Extraction e = EXTRACTOR.extract(text);
        assertNotNull(e);
        assertSpansValid(text, e);
        return e;
    }

    static void assertSpansValid(String text, Extraction e) {
        for (ExtractedStatement s : e.statements()) {
            assertEquals(s.text(), s.content().coveredText(text), "content span");
            assertTrue(s.content().length() > 0, "empty content");
            if (s.speakerMention() != null) assertSpan(text, s.speakerMention());
            if (s.cue() != null) assertSpan(text, s.cue());
            assertTrue(s.sentenceNumber() >= 1);
            java.util.Set<String> slugs = new java.util.HashSet<>();
            for (TopicStance ts : s.topics()) {
                assertTrue(slugs.add(ts.topicSlug()), "topic twice: " + ts.topicSlug());
                assertSpan(text, ts.keyword());
                if (ts.cue() != null) assertSpan(text, ts.cue());
                else assertEquals(org.positionstracker.topic.Stance.NEUTRAL, ts.stance(), "only neutral has no cue");
            }
            assertTrue(s.speaker() == null || !s.speaker().canonicalName().isBlank());
        }
    }

    private static void assertSpan(String text, TextSpan span) {
        assertTrue(span.start() >= 0 && span.end() <= text.length() && span.start() < span.end(), "bad span " + span);
        assertEquals(text.substring(span.start(), span.end()), span.coveredText(text));
    }

    static ExtractedStatement single(Extraction e) {
        assertEquals(1, e.statements().size(), () -> "expected one statement, got " + describe(e));
        return e.statements().get(0);
    }

    static TopicStance topic(ExtractedStatement s, String slug) {
        for (TopicStance ts : s.topics()) {
            if (ts.topicSlug().equals(slug)) return ts;
        }
        return fail("no topic " + slug + " in " + s.topics());
    }

    static String covered(String text, TextSpan span) {
        return span == null ? null : span.coveredText(text);
    }

    static String describe(Extraction e) {
        StringBuilder b = new StringBuilder();
        for (ExtractedStatement s : e.statements()) {
            b.append("\n  ").append(s.speaker() == null ? "(unattributed)" : s.speaker().canonicalName()).append(" | ").append(s.mode()).append(" | ").append(s.text());
        }
        return b.toString();
    }
}
