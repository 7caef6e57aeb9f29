package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.covered;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.statement.Mode;

/** Conventions of news pages beyond single sentences: datelines, headlines, bylines, inserted clauses. */
class NewsConventionTests {

    @Test
    void wireDateline_isNotPartOfTheContent() {
        String text = "OSLO, May 3 (Newswire) - Fishing crews rejected the new quota on Friday, a coastguard spokesman said.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Fishing crews rejected the new quota on Friday", s.text());
    }

    @Test
    void headlineAndRelatedLinks_areNotStatements() {
        String text = "Farmers say tariffs will ruin the harvest\nRelated\nVogel vows to scrap coal subsidies\n"
                + "Growers said the import duties were unfair.";

        Extraction e = extract(text);

        ExtractedStatement s = single(e);
        assertEquals("the import duties were unfair", s.text());
    }

    @Test
    void negatedReport_isNotAStatement() {
        String text = "Vogel declined to say whether the coal subsidy would end. The ministry would not say how many mines would close.";

        Extraction e = extract(text);

        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }

    @Test
    void bylineReportedFrom_isNotAStatement() {
        String text = "Okafor reported from Lagos and Berg from Oslo.";

        Extraction e = extract(text);

        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }

    @Test
    void roleBeforeNameInCommas_givesNameAndRole() {
        String text = "The union's chief negotiator, Rosa Lind, said the wage offer was an insult.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Rosa Lind", s.speaker().canonicalName());
        assertEquals("union's chief negotiator", s.speaker().role());
    }

    @Test
    void appositiveFollowedByRelativeClause_bothSkipped() {
        String text = "Ana Ruiz, a teacher who has worked in the district for 20 years, said the strike was overdue.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Ana Ruiz", s.speaker().canonicalName());
        assertEquals("teacher", s.speaker().role());
        assertEquals("the strike was overdue", s.text());
    }

    @Test
    void relativeClauseBetweenSpeakerAndVerb_isSkipped() {
        String text = "The fishermen's association, which represents 4,000 crews, said the quota cut was unlawful.";

        ExtractedStatement s = single(extract(text));

        assertEquals("the quota cut was unlawful", s.text());
        assertEquals(ActorKind.ORGANISATION, s.speaker().kind());
    }

    @Test
    void nameWithArabicParticle_isOneName() {
        String text = "“The vote was free and fair,” election monitor Samir al-Haddad said.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Samir al-Haddad", s.speaker().canonicalName());
    }

    @Test
    void attributionSplitIntoItsOwnSentenceAfterAQuestion_isStillDirect() {
        String text = "“Who will pay for the new coal plant?” Berg said. “Not the taxpayers, I hope.”";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Who will pay for the new coal plant?", st.get(0).text());
        assertEquals(Mode.DIRECT, st.get(0).mode());
        assertEquals("Berg", st.get(1).speaker().canonicalName());
    }

    @Test
    void pronounTheyAfterAnOrganisation_isThatOrganisation() {
        String text = "The union says the offer is a pay cut. They say the firm can afford a raise.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals(st.get(0).speaker(), st.get(1).speaker());
    }

    @Test
    void definitePluralAfterCountedGroup_isTheSameGroup() {
        String text = "Two Swedish officials said the quota would be cut. The officials, who spoke on condition of anonymity, said talks would continue.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Swedish officials", st.get(1).speaker().canonicalName());
        assertEquals("Sweden", st.get(1).speaker().speaksFor());
    }

    @Test
    void acronymSpeaker_isAnOrganisation() {
        String text = "The farmers' lobby, COPA, warned that the trade deal would flood the market.";

        ExtractedStatement s = single(extract(text));

        assertEquals("COPA", s.speaker().canonicalName());
        assertEquals(ActorKind.ORGANISATION, s.speaker().kind());
    }

    @Test
    void cueSpanNeverIncludesThat() {
        String text = "Lindqvist warned that wages would fall.";

        ExtractedStatement s = single(extract(text));

        assertEquals("warned", covered(text, s.cue()));
        assertFalse(s.text().startsWith("that"));
    }
}
