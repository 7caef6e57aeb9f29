package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;

/** Each speaker sieve of a reporting verb alone, on sentences written for it: when it applies and whom it finds. */
class SubjectSievesTests {
    private static final SpeakerResolver RESOLVER = new SpeakerResolver(new ActorIndex(ExtractionFixture.CODEBOOK));

    /** One sentence with its memory, and the verb sites of its reporting cues in order. */
    private static final class Sentence1 {
        final String text;
        final DiscourseMemory memory = new DiscourseMemory();
        final VerbSubjects subjects;
        final List<ReportingVerbs.Cue> cues;

        Sentence1(String text) {
            this(text, new DiscourseMemory());
        }

        Sentence1(String text, DiscourseMemory memory) {
            this.text = text;
            List<Sentence> sentences = Sentences.split(text);
            assertEquals(1, sentences.size(), "one sentence: " + text);
            SentenceView view = new SentenceView(text, text, sentences.get(0), null, memory, RESOLVER, new HashSet<>());
            this.subjects = new VerbSubjects(view);
            this.cues = ReportingVerbs.find(view.t, view.quoted);
        }

        /** The site of the cue whose first word is {@code verb}. */
        SubjectSieve.Site site(String verb, List<VerbAttribution> before) {
            for (ReportingVerbs.Cue c : cues) {
                if (subjects.t.get(c.from()).lower().equals(verb)) return subjects.site(c, before);
            }
            throw new AssertionError("no cue '" + verb + "' in: " + text + " (cues " + cues + ")");
        }

        SubjectSieve.Site site(String verb) {
            return site(verb, List.of());
        }

        String mention(VerbAttribution a) {
            return a.speaker.mention().coveredText(text);
        }
    }

    private static String speaker(VerbAttribution a) {
        return a.speaker.ref().canonicalName();
    }

    @Test
    void accordingTo_aNounPhrase_isTheSpeaker() {
        Sentence1 s = new Sentence1("The harbour will reopen in May, according to Anna Berg.");
        SubjectSieve.Site site = s.site("according");
        AccordingToSubject sieve = new AccordingToSubject();
        assertTrue(sieve.applies(site));
        VerbAttribution a = sieve.find(site);
        assertEquals("Anna Berg", speaker(a));
        assertEquals(VerbAttribution.Kind.ACCORDING, a.kind);
    }

    @Test
    void accordingTo_aDocumentWithItsIssuer_isTheIssuer() {
        Sentence1 s = new Sentence1("The harbour will reopen in May, according to a statement from the port authority.");
        VerbAttribution a = new AccordingToSubject().find(s.site("according"));
        assertNotNull(a);
        assertEquals("port authority", speaker(a).toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", ""));
    }

    @Test
    void accordingTo_doesNotApplyToAVerb() {
        assertFalse(new AccordingToSubject().applies(new Sentence1("Anna Berg said the harbour would reopen.").site("said")));
    }

    @Test
    void document_withAPossessiveIssuer_isTheIssuer() {
        Sentence1 s = new Sentence1("The ministry's statement said the harbour would reopen in May.");
        SubjectSieve.Site site = s.site("said");
        DocumentSubject sieve = new DocumentSubject();
        assertTrue(sieve.applies(site));
        assertEquals("ministry", speaker(sieve.find(site)).toLowerCase(java.util.Locale.ROOT).replaceFirst("^the ", ""));
    }

    @Test
    void document_whoseIssuerCannotBeTold_namesNobody() {
        SubjectSieve.Site site = new Sentence1("A joint statement said the harbour would reopen in May.").site("said");
        DocumentSubject sieve = new DocumentSubject();
        assertTrue(sieve.applies(site), "the document decides");
        assertNull(sieve.find(site), "a document is never a speaker");
    }

    @Test
    void document_doesNotApplyToAPerson() {
        assertFalse(new DocumentSubject().applies(new Sentence1("Anna Berg said the harbour would reopen.").site("said")));
    }

    @Test
    void roleName_betweenCommasAfterARole_isTheNamedPerson() {
        Sentence1 s = new Sentence1("The port authority's spokesperson, Tomas Ek, said the harbour would reopen in May.");
        SubjectSieve.Site site = s.site("said");
        RoleNameSubject sieve = new RoleNameSubject();
        assertTrue(sieve.applies(site));
        VerbAttribution a = sieve.find(site);
        assertEquals("Tomas Ek", speaker(a));
        assertEquals("Tomas Ek", s.mention(a));
    }

    @Test
    void roleName_doesNotApplyWithoutARoleBeforeTheName() {
        assertFalse(new RoleNameSubject().applies(new Sentence1("On Monday, Tomas Ek, said the harbour would reopen.").site("said")));
    }

    @Test
    void relative_whoPointsToThePhraseBeforeTheComma() {
        Sentence1 s = new Sentence1("The plan was drafted by Tomas Ek, who said the harbour would reopen in May.");
        SubjectSieve.Site site = s.site("said");
        RelativeSubject sieve = new RelativeSubject();
        assertTrue(sieve.applies(site));
        VerbAttribution a = sieve.find(site);
        assertEquals("Tomas Ek", speaker(a));
        assertEquals(VerbAttribution.Kind.RELATIVE, a.kind);
    }

    @Test
    void coordinated_keepsThePreviousVerbsSpeakerAndCutsItsClause() {
        Sentence1 s = new Sentence1("Anna Berg acknowledged the delay, but insisted the harbour would reopen in May.");
        VerbAttribution first = s.subjects.subject(s.cues.get(0), List.of());
        assertNotNull(first);
        SubjectSieve.Site site = s.site("insisted", List.of(first));
        CoordinatedSubject sieve = new CoordinatedSubject();
        assertTrue(sieve.applies(site));
        VerbAttribution a = sieve.find(site);
        assertEquals("Anna Berg", speaker(a));
        assertEquals(",", s.subjects.t.get(a.cut).text(), "the first clause ends at the comma before 'but'");
    }

    @Test
    void coordinated_doesNotApplyWithoutAnEarlierVerb() {
        assertFalse(new CoordinatedSubject().applies(new Sentence1("Prices rose and Anna Berg said the port would close.").site("said")));
    }

    @Test
    void pronoun_isTheLatestSpeakerOfItsGender() {
        DiscourseMemory memory = new DiscourseMemory();
        memory.spoke(new SpeakerRef("Anna Berg", ActorKind.PERSON, null, null, false), "she", true);
        Sentence1 s = new Sentence1("She said the harbour would reopen in May.", memory);
        SubjectSieve.Site site = s.site("said");
        PronounSubject sieve = new PronounSubject();
        assertTrue(sieve.applies(site));
        assertEquals("Anna Berg", speaker(sieve.find(site)));
    }

    @Test
    void pronoun_withNoAntecedent_namesNobody() {
        SubjectSieve.Site site = new Sentence1("She said the harbour would reopen in May.").site("said");
        assertTrue(new PronounSubject().applies(site));
        assertNull(new PronounSubject().find(site));
    }

    @Test
    void nounPhrase_keepsAnAppositivePassedOverAsTheRole() {
        Sentence1 s = new Sentence1("Tomas Ek, the port's chief engineer, said the harbour would reopen in May.");
        SubjectSieve.Site site = s.site("said");
        assertTrue(site.appositive().isPresent(), "the appositive is passed over");
        NounPhraseSubject sieve = new NounPhraseSubject();
        assertTrue(sieve.applies(site));
        VerbAttribution a = sieve.find(site);
        assertEquals("Tomas Ek", speaker(a));
        assertNotNull(a.speaker.ref().role());
        assertTrue(a.speaker.ref().role().contains("chief engineer"), a.speaker.ref().role());
    }

    @Test
    void nounPhrase_passesOverAnAgeAndAnInterrupter() {
        Sentence1 s = new Sentence1("Tomas Ek, 58, said the harbour would reopen in May.");
        assertEquals("Tomas Ek", speaker(new NounPhraseSubject().find(s.site("said"))));
        Sentence1 t = new Sentence1("Tomas Ek, however, said the harbour would reopen in May.");
        assertEquals("Tomas Ek", speaker(new NounPhraseSubject().find(t.site("said"))));
    }

    @Test
    void nounPhrase_theObjectOfWhomIsNotTheSpeaker() {
        SubjectSieve.Site site = new Sentence1("The mayor, whom critics accused of lying, said nothing.").site("accused");
        assertNull(new NounPhraseSubject().find(site));
    }

    @Test
    void inverted_theSpeakerAfterTheVerbWithItsAppositive() {
        Sentence1 s = new Sentence1("\"The harbour will reopen in May,\" said Tomas Ek, the port's chief engineer.");
        SubjectSieve.Site site = s.site("said");
        InvertedSubject sieve = new InvertedSubject();
        assertTrue(sieve.applies(site));
        VerbAttribution a = sieve.find(site);
        assertEquals("Tomas Ek", speaker(a));
        assertEquals(VerbAttribution.Kind.INVERTED, a.kind);
    }

    @Test
    void inverted_aClauseAfterTheVerbIsContentNotASpeaker() {
        SubjectSieve.Site site = new Sentence1("Asked about the port, said Europe would pay for it.").site("said");
        assertNull(new InvertedSubject().find(site));
    }

    @Test
    void sieves_firstThatAppliesDecides_evenWhenItFindsNobody() {
        // a pronoun with no antecedent decides: the phrase after the verb is not tried
        Sentence1 s = new Sentence1("She told Tomas Ek the harbour would reopen in May.");
        assertNull(s.subjects.subject(s.cues.get(0), List.of()));
        List<String> order = new ArrayList<>();
        for (SubjectSieve sieve : VerbSubjects.SIEVES) order.add(sieve.getClass().getSimpleName());
        assertEquals(List.of("AccordingToSubject", "DocumentSubject", "RoleNameSubject", "RelativeSubject", "CoordinatedSubject",
                "PronounSubject", "NounPhraseSubject", "InvertedSubject"), order);
    }

    @Test
    void addressee_theListenerOfToldIsNotContent() {
        Sentence1 s = new Sentence1("Anna Berg told reporters that the harbour would reopen in May.");
        VerbAttribution a = s.subjects.subject(s.cues.get(0), List.of());
        assertEquals("Anna Berg", speaker(a));
        assertEquals("that", s.subjects.t.get(a.after).lower(), "content starts after the listener");
    }
}
