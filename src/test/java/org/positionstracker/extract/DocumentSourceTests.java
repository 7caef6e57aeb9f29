package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.covered;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.statement.Mode;

/** Documents as grammatical speakers: the statement is the issuer's, never the document's. */
class DocumentSourceTests {

    @Test
    void statementRead_isAttributedToTheIssuerNamedEarlier() {
        String text = "The Swedish fisheries agency said in a statement on Monday that quotas would be cut. "
                + "“No boat will be allowed to exceed its quota,” the statement read.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size(), ExtractionFixture.describe(extract(text)));
        assertEquals(st.get(0).speaker(), st.get(1).speaker());
        assertEquals(Mode.DIRECT, st.get(1).mode());
        assertEquals("the statement", covered(text, st.get(1).speakerMention()));
        assertEquals("read", covered(text, st.get(1).cue()));
    }

    @Test
    void statementFromAnOrganisation_isTheOrganisations() {
        String text = "A statement from the Finnish labour ministry said the pension reform would be delayed.";

        ExtractedStatement s = single(extract(text));

        assertEquals(ActorKind.ORGANISATION, s.speaker().kind());
        assertTrue(s.speaker().canonicalName().contains("ministry"), s.speaker().canonicalName());
        assertEquals("Finland", s.speaker().speaksFor());
        assertEquals("A statement from the Finnish labour ministry", covered(text, s.speakerMention()));
    }

    @Test
    void possessiveIssuer_isTheSpeaker() {
        String text = "“The tariffs are illegal,” the WTO's statement said.";

        ExtractedStatement s = single(extract(text));

        assertEquals("World Trade Organization", s.speaker().canonicalName());
        assertEquals("The tariffs are illegal", s.text());
    }

    @Test
    void nameBeforeTheDocumentNoun_isTheIssuer() {
        String text = "An EU report said carbon emissions had fallen for a third year.";

        ExtractedStatement s = single(extract(text));

        assertEquals("European Union", s.speaker().canonicalName());
    }

    @Test
    void issuerOfXIssuedAStatement_speaksForTheLaterStatement() {
        String text = "Stockholm issued a statement on Friday. The statement said fishing quotas would be restored.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Sweden", s.speaker().canonicalName());
        assertEquals("fishing quotas would be restored", s.text());
    }

    @Test
    void documentWithoutAKnownIssuer_isKeptUnattributedRatherThanInvented() {
        String text = "“The strike must end,” the statement said. “Wages must rise,” a joint statement said.";

        Extraction e = extract(text);

        assertEquals(2, e.statements().size(), ExtractionFixture.describe(e));
        assertTrue(e.statements().stream().allMatch(s -> s.speaker() == null), ExtractionFixture.describe(e));
        assertTrue(e.actors().isEmpty());
    }

    @Test
    void jointStatementOfSeveralParties_blocksAnOlderIssuer() {
        String text = "Berlin said in a statement that coal would go. Later, France and Sweden issued a joint statement. "
                + "“Fishing quotas must be shared,” the statement said.";

        Extraction e = extract(text);

        assertEquals(2, e.statements().size(), ExtractionFixture.describe(e));
        assertEquals("Germany", e.statements().get(0).speaker().canonicalName());
        assertEquals("coal would go", e.statements().get(0).text());
        assertNull(e.statements().get(1).speaker(), "the joint statement's words are not Germany's");
    }

    @Test
    void accordingToAReportByAnOrganisation_isTheOrganisation() {
        String text = "According to a report by the WTO, tariffs on steel have doubled.";

        ExtractedStatement s = single(extract(text));

        assertEquals("World Trade Organization", s.speaker().canonicalName());
        assertEquals("tariffs on steel have doubled", s.text());
    }

    @Test
    void accordingToADraftSeenByAnOutlet_isNotTheOutlets() {
        String text = "According to a draft seen by Reuters, the tariffs would be halved.";

        Extraction e = extract(text);

        for (ExtractedStatement s : e.statements()) assertFalse(s.speaker().canonicalName().contains("Reuters"));
        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }

    @Test
    void readAfterAPerson_isNotAReport() {
        String text = "Vogel read the election results aloud to the crowd.";

        Extraction e = extract(text);

        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }
}
