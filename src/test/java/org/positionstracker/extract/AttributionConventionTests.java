package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.statement.Mode;

/**
 * Attribution conventions of news writing: the writer's closing comments, time and venue phrases
 * around the verb, descriptor anaphora ("the Norwegian leader"), title-block attributions,
 * transcript labels, quotes running over paragraphs, honorifics and ages.
 */
class AttributionConventionTests {

    private static ExtractedStatement containing(Extraction e, String snippet) {
        for (ExtractedStatement s : e.statements()) {
            if (s.text().contains(snippet)) return s;
        }
        throw new AssertionError("no statement contains '" + snippet + "': " + ExtractionFixture.describe(e));
    }

    private static boolean anyContains(Extraction e, String snippet) {
        return e.statements().stream().anyMatch(s -> s.text().contains(snippet));
    }

    // ------------------------------------------------------------ the writer's closing comment

    @Test
    void withoutSpecifying_endsTheIndirectContent() {
        String text = "The port authority said fees for cargo ships would rise, without specifying by how much.";

        ExtractedStatement s = single(extract(text));

        assertEquals("fees for cargo ships would rise", s.text());
    }

    @Test
    void butDidNotElaborate_endsTheIndirectContent() {
        String text = "Mayor Ines Falk said the tram line would be extended, but did not elaborate on the cost.";

        ExtractedStatement s = single(extract(text));

        assertEquals("the tram line would be extended", s.text());
    }

    @Test
    void butWouldNot_inTheSpeakersOwnClause_isKept() {
        String text = "The union said it was ready to talk, but would not accept a pay freeze.";

        ExtractedStatement s = single(extract(text));

        assertEquals("it was ready to talk, but would not accept a pay freeze", s.text());
    }

    // ------------------------------------------------------------ time and venue around the verb

    @Test
    void timePhraseBetweenSubjectAndVerb_keepsTheNamedSpeaker() {
        String text = "Mayor Ines Falk on Tuesday said the tram line would be extended to the airport.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Ines Falk", s.speaker().canonicalName());
        assertEquals("the tram line would be extended to the airport", s.text());
    }

    @Test
    void longVenueAfterTrailingAttribution_isNotAStatement() {
        String text = "Grain exports will double next year, Agriculture Minister Tomas Brandt said at a meeting with "
                + "members of the national farmers' council on Friday.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Tomas Brandt", s.speaker().canonicalName());
        assertEquals("Grain exports will double next year", s.text());
    }

    @Test
    void accordingToHim_isThePreviousSpeaker() {
        String text = "Economist Lars Rudd said rents would keep rising. According to him, the city needs 20,000 new flats.";

        Extraction e = extract(text);

        ExtractedStatement s = containing(e, "the city needs 20,000 new flats");
        assertEquals("Lars Rudd", s.speaker().canonicalName());
        assertEquals(Mode.INDIRECT, s.mode());
    }

    // ------------------------------------------------------------ descriptor anaphora

    @Test
    void nationalLeaderDescriptor_isTheNamedPrimeMinister() {
        String text = "Norwegian Prime Minister Kari Dahl said the fishing fleet would be modernised. "
                + "The Norwegian leader stressed that no jobs would be lost.";

        Extraction e = extract(text);

        assertEquals("Kari Dahl", containing(e, "no jobs would be lost").speaker().canonicalName());
    }

    @Test
    void headOfStateDescriptor_isTheNamedPresident() {
        String text = "President Amara Osei said the new port would open in June.\n"
                + "\"We have waited long enough,\" the head of state said.";

        Extraction e = extract(text);

        assertEquals("Amara Osei", containing(e, "We have waited long enough").speaker().canonicalName());
    }

    @Test
    void diplomatDescriptor_isTheNamedDeputyForeignMinister() {
        String text = "Deputy Foreign Minister Pavel Hrubes said the embassy would stay open.\n"
                + "\"Our staff are safe,\" the diplomat noted.";

        Extraction e = extract(text);

        assertEquals("Pavel Hrubes", containing(e, "Our staff are safe").speaker().canonicalName());
    }

    @Test
    void descriptorOfAnotherCountry_isNotTheNamedPerson() {
        String text = "Norwegian Prime Minister Kari Dahl said the fishing fleet would be modernised. "
                + "The Swedish leader stressed that the quota talks had failed.";

        Extraction e = extract(text);

        assertNotEquals("Kari Dahl", containing(e, "the quota talks had failed").speaker().canonicalName());
    }

    @Test
    void officialAfterAnAnonymousOfficial_staysTheAnonymousSource() {
        String text = "Port spokesman Ilan Weiss said the terminal was closed. A senior customs official said the "
                + "backlog would take weeks to clear. The official said staff had been sent home.";

        Extraction e = extract(text);

        assertNotEquals("Ilan Weiss", containing(e, "staff had been sent home").speaker().canonicalName());
    }

    // ------------------------------------------------------------ title block

    @Test
    void titleWithTrailingDashName_isThatBodySpeakersStatement() {
        String text = "Fishing quotas must be cut by half — Dahl\n\n"
                + "OSLO, May 2. Fishing quotas in the North Sea must be cut by half, Prime Minister Kari Dahl said on Friday.";

        Extraction e = extract(text);

        ExtractedStatement title = containing(e, "Fishing quotas must be cut by half");
        assertEquals("Kari Dahl", title.speaker().canonicalName());
        assertEquals(Mode.INDIRECT, title.mode());
        assertEquals(2, e.statements().size(), ExtractionFixture.describe(e));
    }

    @Test
    void titleAttributedToSomeoneWhoDoesNotSpeakInTheBody_isNotAStatement() {
        String text = "Fishing quotas must be cut by half — Dahl\n\n"
                + "Trawler crews staged a protest in the harbour on Friday.\n"
                + "Read also\nCoastguard seizes two vessels — Ministry";

        Extraction e = extract(text);

        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }

    @Test
    void titleWithSays_isTheBodySpeakersStatement() {
        String text = "Falk says tram line will reach the airport\n\n"
                + "Mayor Ines Falk said on Monday that the tram line would be extended to the airport by 2030.";

        Extraction e = extract(text);

        ExtractedStatement title = containing(e, "tram line will reach the airport");
        assertEquals("Ines Falk", title.speaker().canonicalName());
    }

    @Test
    void titleWithLeadingNameAndColon_isThatBodySpeakersStatement() {
        String text = "Falk: tram fares will not rise this year\n\n"
                + "Mayor Ines Falk said on Monday that the tram line would be extended to the airport by 2030.";

        Extraction e = extract(text);

        ExtractedStatement title = containing(e, "tram fares will not rise this year");
        assertEquals("Ines Falk", title.speaker().canonicalName());
        assertEquals(Mode.INDIRECT, title.mode());
        assertEquals("tram fares will not rise this year", title.text());
        assertEquals(2, e.statements().size(), ExtractionFixture.describe(e));
    }

    @Test
    void titleWithALabelAndColon_isNotAStatement() {
        String text = "Live: tram fares will not rise this year\n\n"
                + "Mayor Ines Falk said on Monday that the tram line would be extended to the airport by 2030.";

        Extraction e = extract(text);

        assertEquals(1, e.statements().size(), ExtractionFixture.describe(e));
        assertEquals("the tram line would be extended to the airport by 2030", e.statements().get(0).text());
    }

    @Test
    void titleWithALabelColonAndItsOwnReportingVerb_isAttributedByTheVerb() {
        String text = "Trams: fares will not rise this year, says Falk\n\n"
                + "Mayor Ines Falk said on Monday that the tram line would be extended to the airport by 2030.";

        Extraction e = extract(text);

        ExtractedStatement title = containing(e, "fares will not rise this year");
        assertEquals("Ines Falk", title.speaker().canonicalName());
    }

    @Test
    void titleWithARoleOnly_isTheBodySpeakerWhoHeadsThatBody() {
        String text = "‘We will not back down,’ says union chief\n\n"
                + "Union leader Ruth Kline said on Friday that the strike would continue until wages rose.";

        Extraction e = extract(text);

        ExtractedStatement title = containing(e, "We will not back down");
        assertEquals("Ruth Kline", title.speaker().canonicalName());
        assertEquals(Mode.DIRECT, title.mode());
    }

    // ------------------------------------------------------------ transcripts

    @Test
    void transcriptLabelOfANamedPerson_isADirectStatement_andTheQuestionIsNot() {
        String text = "Mayor Ines Falk said the tram line would be extended.\n\n"
                + "Q: Will the fares go up?\n\n"
                + "FALK: No. The fares stay where they are. We budgeted for this.";

        Extraction e = extract(text);

        ExtractedStatement answer = containing(e, "The fares stay where they are");
        assertEquals("Ines Falk", answer.speaker().canonicalName());
        assertEquals(Mode.DIRECT, answer.mode());
        assertTrue(answer.text().contains("We budgeted for this"));
        assertTrue(!anyContains(e, "Will the fares go up"), ExtractionFixture.describe(e));
    }

    @Test
    void transcriptLabelOfAnUnknownName_isNotAStatement() {
        String text = "The council met on Monday.\n\nMODERATOR: Please take your seats, the session is starting.";

        Extraction e = extract(text);

        assertTrue(e.statements().isEmpty(), ExtractionFixture.describe(e));
    }

    // ------------------------------------------------------------ quotes over paragraphs, honorifics

    @Test
    void quoteLeftOpenBeforeAParagraphThatOpensAQuote_continuesThere() {
        String text = "Ms. Rhee, who runs the bakery, said: \u201CWe cannot pay these energy bills. Not this winter.\n\n"
                + "\u201CIf nothing changes, we close in March.\u201D";

        Extraction e = extract(text);

        ExtractedStatement first = containing(e, "We cannot pay these energy bills");
        assertEquals(Mode.DIRECT, first.mode());
        ExtractedStatement second = containing(e, "If nothing changes, we close in March");
        assertEquals(Mode.DIRECT, second.mode());
        assertEquals(first.speaker().canonicalName(), second.speaker().canonicalName());
    }

    @Test
    void honorificWithAge_usesTheFullNameGivenEarlier() {
        String text = "The orchard behind Clara Vance\u2019s farmhouse burned in July.\n\n"
                + "\u201CWe lost forty years of work,\u201D Ms. Vance, 61, said in an interview.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Clara Vance", s.speaker().canonicalName());
        assertEquals(Mode.DIRECT, s.mode());
    }

    @Test
    void pronounAfterASentenceWithAPronounSubject_keepsTheEarlierSubject() {
        String text = "Farmer Hal Brody said the co-op paid too little. Union leader Mark Sten said the strike would go on.\n\n"
                + "Later that night, Mr. Brody walked the orchard with a lamp. He did not say whether he would sell.\n\n"
                + "\u201CI am tired,\u201D he said.";

        Extraction e = extract(text);

        assertEquals("Hal Brody", containing(e, "I am tired").speaker().canonicalName());
    }

    @Test
    void titledPersonAfterAnInstitutionName_isAPerson() {
        String text = "Senate Majority Leader Tom Hale said the budget would pass next week.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Tom Hale", s.speaker().canonicalName());
        assertEquals(ActorKind.PERSON, s.speaker().kind());
    }

    @Test
    void titleOfAPlaceBeforeTheName_isTheRole() {
        String text = "Special Envoy for Chad Ruth Omondi said the aid corridor would reopen.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Ruth Omondi", s.speaker().canonicalName());
    }
}
