package org.positionstracker.extract.reported;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.DocumentBuilder;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.doc.Document;

/** Each rule alone on sentences written for it. */
class ReportedSpeechRulesTests {
    /** Phrases of capitalised words are people; anything else ("Many in the crowd") resolves to no one. */
    private static final SpeakerLookup CAPITALISED_AS_NAME = (s, phrase) -> {
        for (int k = phrase.from(); k < phrase.to(); k++) if (!s.word(k).capitalised()) return Optional.empty();
        TextSpan span = new TextSpan(s.word(phrase.from()).span().start(), s.word(phrase.to() - 1).span().end());
        String text = s.words().subList(phrase.from(), phrase.to()).stream().map(w -> w.text()).reduce((a, b) -> a + " " + b).orElseThrow();
        return Optional.of(new ResolvedSpeaker(new SpeakerRef(text, ActorKind.PERSON, null, null, false), span));
    };

    /** "speaker | rule | content" of what one rule adds to {@code found} in {@code text}. */
    private static List<String> run(ReportedSpeechRule rule, String text, List<ExtractedStatement> found) {
        Document doc = DocumentBuilder.build(text);
        List<ExtractedStatement> out = new ReportedSpeechFinder(List.of(rule)).find(doc, found, CAPITALISED_AS_NAME);
        List<String> added = new ArrayList<>();
        for (ExtractedStatement st : out) {
            if (found.contains(st)) continue;
            added.add((st.speaker() == null ? null : st.speaker().canonicalName()) + " | " + st.rule() + " | " + st.text());
        }
        return added;
    }

    private static List<String> run(ReportedSpeechRule rule, String text) {
        return run(rule, text, List.of());
    }

    @Test
    void subjectVerbClause_reportsTheClauseAfterTheVerb() {
        assertEquals(List.of("Anna Berg | subject-verb-clause | the harbour would reopen in May"),
                run(new SubjectVerbClauseRule(), "Anna Berg said the harbour would reopen in May."));
    }

    @Test
    void subjectVerbClause_withAnUnknownSubject_isUnattributed() {
        assertEquals(List.of("null | subject-verb-clause | the harbour would reopen in May"),
                run(new SubjectVerbClauseRule(), "Many in the crowd said the harbour would reopen in May."));
    }

    @Test
    void subjectVerbClause_circumstanceAloneIsNoStatement() {
        assertEquals(List.of(), run(new SubjectVerbClauseRule(), "Anna Berg said during a visit to Lyon."));
    }

    @Test
    void interruptedSubject_isTheSpeaker() {
        assertEquals(List.of("Reed | subject-interrupter-verb | the talks had stalled"),
                run(new InterruptedSubjectRule(), "Reed, before the talks began, said that the talks had stalled."));
    }

    @Test
    void clauseThenAttribution_reportsTheClauseBeforeTheComma() {
        assertEquals(List.of("Anna Berg | clause-then-attribution | The harbour will reopen in May"),
                run(new ClauseThenAttributionRule(), "The harbour will reopen in May, Anna Berg said."));
        assertEquals(List.of("Anna Berg | clause-then-attribution | The harbour will reopen in May"),
                run(new ClauseThenAttributionRule(), "The harbour will reopen in May, said Anna Berg."));
    }

    @Test
    void accordingTo_afterOrBeforeTheClause() {
        assertEquals(List.of("Tom Reed | according-to | The ferry will stop in June"),
                run(new AccordingToRule(), "The ferry will stop in June, according to Tom Reed."));
        assertEquals(List.of("Tom Reed | according-to | the ferry will stop in June"),
                run(new AccordingToRule(), "According to Tom Reed, the ferry will stop in June."));
    }

    @Test
    void accordingToADocumentSeenByAnOutlet_isNoStatement() {
        assertEquals(List.of(), run(new AccordingToRule(), "The ferry will stop in June, according to a draft seen by the Courier."));
    }

    @Test
    void participle_takesTheSpeakerOfItsClause() {
        assertEquals(List.of("Nurses | participle-clause | the ward was understaffed"),
                run(new ParticipleRule(), "Nurses walked out on Monday, saying the ward was understaffed."));
    }

    @Test
    void participleBeforeANounPhrase_isNoReportedClause() {
        assertEquals(List.of(), run(new ParticipleRule(), "Lindqvist praised the reform, reiterating her support for it."));
    }

    @Test
    void speechActObject_spansTheActAndItsObject() {
        assertEquals(List.of("Greens | speech-act-object | called for a congestion charge"),
                run(new SpeechActObjectRule(), "Greens called for a congestion charge."));
        assertEquals(List.of("Lopez | speech-act-object | rejected the accusation"),
                run(new SpeechActObjectRule(), "Lopez rejected the accusation."));
    }

    @Test
    void speechActAsAParticiple_takesTheSpeakerOfItsClause() {
        assertEquals(List.of("Reed | speech-act-object | calling them cowards"),
                run(new SpeechActObjectRule(), "Reed left the hall, calling them cowards."));
    }

    @Test
    void speechNoun_possessivePronounIsTheLatestSpeaker() {
        String text = "Reed spoke first. Workers ignored his demand that the strike end at once.";
        ExtractedStatement reed = new ExtractedStatement(1, org.positionstracker.statement.Mode.INDIRECT, new TextSpan(0, 4), "Reed",
                new SpeakerRef("Tom Reed", ActorKind.PERSON, null, null, false), null, null, List.of(), "test");
        assertEquals(List.of("Tom Reed | speech-noun-that | the strike end at once"),
                run(new SpeechNounRule(), text, List.of(reed)));
    }

    @Test
    void nextSentenceAttribution_givesTheSentenceBefore() {
        assertEquals(List.of("Ana Ruiz | next-sentence-attribution | The ferry will run again in June"),
                run(new NextSentenceRule(), "The ferry will run again in June. This was stated by Ana Ruiz."));
    }

    @Test
    void listUnderAttribution_eachBulletIsAStatement() {
        String text = "Mayor Ana Ruiz listed several points:\n- Fares must fall next year.\n- The night trams will stay.\nThe meeting ended.";
        assertEquals(List.of("Mayor Ana Ruiz | list-under-attribution | Fares must fall next year",
                        "Mayor Ana Ruiz | list-under-attribution | The night trams will stay"),
                run(new ListUnderAttributionRule(), text));
    }

    @Test
    void coordinatedVerb_takesTheSubjectOfTheClause() {
        assertEquals(List.of("Nurses | coordinated-verb | the ward was understaffed"),
                run(new CoordinatedVerbRule(), "Nurses walked out on Monday and said the ward was understaffed."));
    }

    @Test
    void interruptedSubject_betweenDashes() {
        assertEquals(List.of("Reed | subject-interrupter-verb | the pier was unsafe"),
                run(new InterruptedSubjectRule(), "Reed \u2014 after a long pause \u2014 told me the pier was unsafe."));
    }

    @Test
    void clauseThenAttribution_setOffInsideTheClause_reportsTheWholeClause() {
        assertEquals(List.of("Reed | clause-then-attribution | It is his job, Reed said, to explain the budget"),
                run(new ClauseThenAttributionRule(), "It is his job, Reed said, to explain the budget."));
    }

    @Test
    void earlierIndirectStatementRunningOverASecondReport_endsBeforeIt() {
        String text = "Reed said the pier was unsafe and Lee says the pier is fine.";
        ExtractedStatement reed = new ExtractedStatement(1, org.positionstracker.statement.Mode.INDIRECT, new TextSpan(10, 59),
                text.substring(10, 59), new SpeakerRef("Reed", ActorKind.PERSON, null, null, false), null, null, List.of(), "test");
        Document doc = DocumentBuilder.build(text);
        List<ExtractedStatement> out = new ReportedSpeechFinder(List.of(new SubjectVerbClauseRule())).find(doc, List.of(reed), CAPITALISED_AS_NAME);
        assertEquals(List.of("the pier was unsafe", "the pier is fine"), out.stream().map(ExtractedStatement::text).toList());
        assertEquals("Lee", out.get(1).speaker().canonicalName());
    }

    @Test
    void everyRule_hasAUniqueName() {
        List<String> names = ReportedSpeechRules.DEFAULT.stream().map(ReportedSpeechRule::name).toList();
        assertEquals(names.size(), names.stream().distinct().count());
        assertTrue(names.stream().allMatch(n -> n.matches("[a-z]+(-[a-z]+)*")));
    }

    @Test
    void contentOverlappingAnEarlierStatement_isNotAddedAgain() {
        String text = "Anna Berg said the harbour would reopen in May.";
        ExtractedStatement earlier = new ExtractedStatement(1, org.positionstracker.statement.Mode.INDIRECT, new TextSpan(15, 46),
                text.substring(15, 46), null, null, null, List.of(), "test");
        assertEquals(List.of(), run(new SubjectVerbClauseRule(), text, List.of(earlier)));
        assertNull(earlier.speaker());
    }
}
