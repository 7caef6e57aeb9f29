package org.positionstracker.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.positionstracker.extract.ExtractionFixture.covered;
import static org.positionstracker.extract.ExtractionFixture.extract;
import static org.positionstracker.extract.ExtractionFixture.single;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;

class SpeakerResolutionTests {

    @Test
    void pronoun_reachesAClauseSubjectThreeSentencesBack_whenNobodyNearerFits() {
        String text = "Renee Okoro has driven trams in the city for twenty years. The depot closed in May. "
                + "The trams stood still for a week.\n\n\u201CI want the line back,\u201D she said.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Renee Okoro", s.speaker().canonicalName());
    }

    @Test
    void pronoun_doesNotReachAClauseSubjectFourSentencesBack() {
        String text = "Renee Okoro has driven trams in the city for twenty years. The depot closed in May. "
                + "The trams stood still for a week. The line reopened in June.\n\n\u201CI want the line back,\u201D she said.";

        assertNull(single(extract(text)).speaker());
    }

    @Test
    void honorific_tellsThePronoun_soSheSkipsAMrSpeaker() {
        String text = "Mr. Bo Lind said the fares would rise, and Ms. Ada Quint left the room.\n\n"
                + "\u201CNot while I sit on the board,\u201D she said.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals("Ada Quint", st.get(st.size() - 1).speaker().canonicalName(), ExtractionFixture.describe(extract(text)));
    }

    @Test
    void clauseSubjectWithAnAgeAndARole_isAPronounAntecedent() {
        String text = "Carla Dunn, 75, a retiree in Lyme, backed the plan in March. \u201CI will vote for it,\u201D she said.";

        assertEquals("Carla Dunn", single(extract(text)).speaker().canonicalName());
    }

    @Test
    void descriptor_reachesAPersonNamedAsASubjectWhoHasNotSpokenYet() {
        String text = "Maria Lindqvist flew to Brussels on Monday. In a short address, the Swedish leader said "
                + "the quotas would stay.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals("Maria Lindqvist", st.get(st.size() - 1).speaker().canonicalName(), ExtractionFixture.describe(extract(text)));
    }

    @Test
    void relativeClauseSpeakerAloneInItsSentence_isTheNextPronounsAntecedent() {
        String text = "Tom Akers said the talks had been useful.\n\n"
                + "State radio aired an interview with the envoy Ivo Brandt, who said the port would reopen. "
                + "He said the fees would stay.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals("Ivo Brandt", st.get(st.size() - 1).speaker().canonicalName(), ExtractionFixture.describe(extract(text)));
    }

    @Test
    void relativeClauseSpeakerBesideAMainSubject_isNotTheNextPronounsAntecedent() {
        String text = "Tom Akers said the talks had been useful. He singled out the envoy Ivo Brandt, who had told the plenary "
                + "that the port would reopen.\n\n\u201CWe will not wait for the port,\u201D he said.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals("Tom Akers", st.get(st.size() - 1).speaker().canonicalName(), ExtractionFixture.describe(extract(text)));
    }

    @Test
    void firstPersonOutsideQuotations_isNoActor() {
        Extraction e = extract("What I can say is that the port will reopen in May.");

        assertTrue(e.statements().stream().noneMatch(st -> st.speaker() != null && st.speaker().canonicalName().equals("I")),
                ExtractionFixture.describe(e));
    }

    @Test
    void transcriptLabelInTitleCase_isTheNamedPersonsAnswer() {
        String text = "Mayor Ines Falk said the tram line would be extended.\n\nWill the fares go up?\n\n"
                + "Falk: No. The fares stay where they are. We budgeted for this.";

        ExtractedStatement answer = extract(text).statements().stream().filter(st -> st.text().contains("The fares stay")).findFirst()
                .orElseThrow();

        assertEquals("Ines Falk", answer.speaker().canonicalName());
        assertEquals("transcript-answer", answer.rule());
    }

    @Test
    void titleCaseLabelBeforeAnAnswerLongerThanAHeading_isAnAnswer_evenWithoutAQuestionBefore() {
        String text = "Mayor Ines Falk said the tram line would be extended.\n\nOn the fares.\n\n"
                + "Falk: The fares stay where they are, because we budgeted for this in the spring.";

        assertTrue(extract(text).statements().stream().anyMatch(st -> st.rule().equals("transcript-answer")),
                ExtractionFixture.describe(extract(text)));
    }

    @Test
    void titleCaseLabelNotAfterAQuestion_isASectionHeading_notAnAnswer() {
        String text = "Mayor Ines Falk said the tram line would be extended.\n\nFalk: Hold the line.\n\n"
                + "The mayor has little room left in the budget.";

        assertTrue(extract(text).statements().stream().noneMatch(st -> st.rule().equals("transcript-answer")),
                ExtractionFixture.describe(extract(text)));
    }

    @Test
    void nameWithTwoParticles_isWholeAndTheTitleIsTheRole() {
        ExtractedStatement s = single(extract("European Commission President Ursula von der Leyen said the bloc would fund the rebuilding."));

        assertEquals("Ursula von der Leyen", s.speaker().canonicalName());
        assertEquals(ActorKind.PERSON, s.speaker().kind());
        assertEquals("European Commission President", s.speaker().role());
    }

    @Test
    void possessivePlaceBeforeAName_isNotPartOfTheName() {
        ExtractedStatement s = single(extract("Hungary's Viktor Orban said the plan was a mistake."));

        assertEquals("Viktor Orban", s.speaker().canonicalName());
    }

    @Test
    void personOfAnOrganisation_isThePersonWithTheOrganisationAsRole() {
        ExtractedStatement s = single(extract("Orysia Lutsevych of Chatham House said both issues would be settled late."));

        assertEquals("Orysia Lutsevych", s.speaker().canonicalName());
        assertEquals("Chatham House", s.speaker().role());
    }

    @Test
    void capitalisedRoleNounOpeningTheSentence_isTheRole() {
        ExtractedStatement s = single(extract("Sociologist Anton Hrushetsky said the public was tired."));

        assertEquals("Anton Hrushetsky", s.speaker().canonicalName());
        assertEquals("Sociologist", s.speaker().role());
    }

    @Test
    void phrasalVerbParticle_isNotPartOfTheRoleBeforeAName() {
        ExtractedStatement s = single(extract("He singled out Saudi Arabia's lead negotiator, Faisal al-Harbi, who said the kingdom "
                + "would not be lectured."));

        assertEquals("Faisal al-Harbi", s.speaker().canonicalName());
        assertEquals("Saudi Arabia's lead negotiator", s.speaker().role());
    }

    @Test
    void nameBetweenCommasAfterADescription_speaksForAReportedClause_andIsTheNextPronounsAntecedent() {
        String text = "Tom Akers said the talks had been useful.\n\nThe port's chief engineer, Ivo Brandt, thanked the crews and said "
                + "the harbour needed ten more cranes. Without them, he said, the ships would wait for weeks.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals("Ivo Brandt", st.get(1).speaker().canonicalName(), ExtractionFixture.describe(extract(text)));
        assertEquals("Ivo Brandt", st.get(2).speaker().canonicalName(), ExtractionFixture.describe(extract(text)));
    }

    @Test
    void titleAndNameWithDemonym_giveRoleAndSpeaksFor() {
        String text = "Senior German trade official Klaus Meyer insisted that the tariffs were temporary.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Klaus Meyer", s.speaker().canonicalName());
        assertEquals(ActorKind.PERSON, s.speaker().kind());
        assertEquals("Senior German trade official", s.speaker().role());
        assertEquals("Germany", s.speaker().speaksFor());
        assertFalse(s.speaker().inCodebook());
    }

    @Test
    void appositiveBetweenCommas_isTheRole() {
        String text = "Jane Doe, the EU's trade commissioner, said the import ban would stay.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Jane Doe", s.speaker().canonicalName());
        assertEquals("EU's trade commissioner", s.speaker().role());
        assertEquals("European Union", s.speaker().speaksFor());
        assertEquals("the import ban would stay", s.text());
    }

    @Test
    void capitalisedTitleBeforeName_isPartOfTheRole() {
        String text = "Swedish Prime Minister Maria Lindqvist said the election would be held in May.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Maria Lindqvist", s.speaker().canonicalName());
        assertTrue(s.speaker().inCodebook());
        assertEquals("Swedish Prime Minister", s.speaker().role());
        assertEquals("Sweden", s.speaker().speaksFor());
    }

    @Test
    void surnameOnlyLaterMention_resolvesToTheFullName() {
        String text = "Union leader Priya Shah said wages had stagnated. Later, Shah argued that the strike was justified.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Priya Shah", st.get(1).speaker().canonicalName());
        assertEquals("Shah", covered(text, st.get(1).speakerMention()));
        assertEquals("Union leader", st.get(1).speaker().role());
    }

    @Test
    void pronounAfterQuote_isAttributedToPreviousSpeaker() {
        String text = "“We need a fair wage deal,” nurse Alma Ortiz said. “Nobody can live on this,” she added.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Alma Ortiz", st.get(1).speaker().canonicalName());
        assertEquals("she", covered(text, st.get(1).speakerMention()));
    }

    @Test
    void pronoun_skipsTheAddresseeAndResolvesToTheSpeaker() {
        String text = "Trade envoy Omar Said told Finance Minister Lena Berg that the tariffs were unfair. He added that exports had collapsed.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size(), ExtractionFixture.describe(extract(text)));
        assertEquals("Omar Said", st.get(0).speaker().canonicalName());
        assertEquals("Omar Said", st.get(1).speaker().canonicalName());
    }

    @Test
    void pronoun_skipsAPersonMerelyMentioned() {
        String text = "Analyst Mia Holt said the vote was close. Her report was welcomed by Chancellor Vogel's office. She warned that turnout was low.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals("Mia Holt", st.get(st.size() - 1).speaker().canonicalName());
        assertEquals("turnout was low", st.get(st.size() - 1).text());
    }

    @Test
    void pronounThey_resolvesToTheMostRecentGroup() {
        String text = "Dock workers said the new rota was unsafe. Lindqvist said talks would continue. They insisted that the strike would go on.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(3, st.size());
        assertEquals("dock workers", st.get(2).speaker().canonicalName().toLowerCase());
        assertEquals(ActorKind.GROUP, st.get(2).speaker().kind());
    }

    @Test
    void pronounIt_resolvesToTheMostRecentInstitution() {
        String text = "The WTO said the dispute panel would meet. Vogel said he was hopeful. It added that a ruling on the tariffs was due in June.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(3, st.size());
        assertEquals("World Trade Organization", st.get(2).speaker().canonicalName());
    }

    @Test
    void metonymCapital_isTheGovernment() {
        String text = "Berlin reiterated that coal plants would close by 2038.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Germany", s.speaker().canonicalName());
        assertEquals(ActorKind.GOVERNMENT, s.speaker().kind());
        assertEquals("Berlin", covered(text, s.speakerMention()));
    }

    @Test
    void collectiveSpeakers_becomeGroupsWithReadableNames() {
        String text = "Officials in Stockholm say the quota is final. French diplomats warned that fishing would suffer. Analysts argued that the deal was weak.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(3, st.size());
        assertEquals("officials in Stockholm", st.get(0).speaker().canonicalName());
        assertEquals("Sweden", st.get(0).speaker().speaksFor());
        assertEquals("French diplomats", st.get(1).speaker().canonicalName());
        assertEquals("France", st.get(1).speaker().speaksFor());
        assertEquals("analysts", st.get(2).speaker().canonicalName());
        for (ExtractedStatement s : st) assertEquals(ActorKind.GROUP, s.speaker().kind());
    }

    @Test
    void anonymousSpokesperson_isAGroup() {
        String text = "A spokesperson for the ministry said the wage offer was final.";

        ExtractedStatement s = single(extract(text));

        assertEquals(ActorKind.GROUP, s.speaker().kind());
        assertEquals("spokesperson for the ministry", s.speaker().canonicalName());
    }

    @Test
    void addresseeAndVenue_areNeverTheSpeaker() {
        String text = "Speaking in Geneva, trade negotiator Amal Farouk told The Guardian that the tariffs would go. "
                + "“We are close,” she said in an interview with the BBC.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Amal Farouk", st.get(0).speaker().canonicalName());
        assertEquals("Amal Farouk", st.get(1).speaker().canonicalName());
        assertEquals("the tariffs would go", st.get(0).text());
    }

    @Test
    void discoveredActors_getKindsFromTheirNames() {
        String text = "The Finnish Ministry of Labour said the pension age would rise. "
                + "Reuters reported that exports fell. Norway said the vote was fair. Economists said wages lagged.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(4, st.size(), ExtractionFixture.describe(extract(text)));
        assertEquals(ActorKind.ORGANISATION, st.get(0).speaker().kind());
        assertEquals("Finland", st.get(0).speaker().speaksFor());
        assertEquals(ActorKind.MEDIA, st.get(1).speaker().kind());
        assertEquals(ActorKind.GOVERNMENT, st.get(2).speaker().kind());
        assertEquals("Norway", st.get(2).speaker().canonicalName());
        assertEquals(ActorKind.GROUP, st.get(3).speaker().kind());
    }

    @Test
    void codebookAlias_mapsToCanonicalName() {
        String text = "The European Commission announced that tariffs on steel would double.";

        ExtractedStatement s = single(extract(text));

        assertEquals("European Union", s.speaker().canonicalName());
        assertTrue(s.speaker().inCodebook());
    }

    @Test
    void actorsList_putsTheRepresentedActorBeforeTheSpeaker() {
        String text = "French farm minister Luc Perrin said the import quota was too high.";

        Extraction e = extract(text);

        assertEquals(List.of("France", "Luc Perrin"), e.actors().stream().map(SpeakerRef::canonicalName).toList());
    }

    @Test
    void unresolvablePronoun_givesAnUnattributedStatementAndNoActor() {
        String text = "He said the vote had been rigged.";

        Extraction e = extract(text);

        assertEquals(1, e.statements().size());
        assertNull(e.statements().get(0).speaker());
        assertTrue(e.actors().isEmpty());
    }

    @Test
    void roleFirstAndNamedLater_isTheNamedPersonForBoth() {
        String text = "Sweden's fisheries minister said the quota talks had failed. "
                + "Fisheries Minister Nils Ek said on Tuesday that the fishing ban would stay.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Nils Ek", st.get(0).speaker().canonicalName());
        assertEquals("Nils Ek", st.get(1).speaker().canonicalName());
        assertEquals("Sweden", st.get(0).speaker().speaksFor());
        assertEquals("Sweden's fisheries minister", covered(text, st.get(0).speakerMention()));
    }

    @Test
    void roleThatDiffersFromTheNamedPersonsRole_staysAGroup() {
        String text = "Sweden's defence minister said the talks had failed. Fisheries Minister Nils Ek said the fishing ban would stay.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals(ActorKind.GROUP, st.get(0).speaker().kind());
        assertEquals("Nils Ek", st.get(1).speaker().canonicalName());
    }

    @Test
    void indefiniteRole_isNotMergedWithALaterName() {
        String text = "A union spokesperson said the strike would go on. Union spokesperson Mira Tal said wages had to rise.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals(ActorKind.GROUP, st.get(0).speaker().kind());
        assertEquals("Mira Tal", st.get(1).speaker().canonicalName());
    }

    @Test
    void definiteRoleWithAnotherModifier_isNotAnEarlierSpeakerWithADifferentRole() {
        String text = "Foreign Minister Selma Aydin said the talks would resume. "
                + "The country's trade minister warned that tariffs would rise.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertFalse(st.get(1).speaker().canonicalName().equals("Selma Aydin"));
    }

    @Test
    void pronoun_prefersTheSubjectOfThePreviousSentenceOverAnOlderSpeaker() {
        String text = "Mayor Lena Ortiz said the budget was tight. On Monday, union leader Ruth Kline met Ortiz in her office. "
                + "She said the strike would go ahead.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Ruth Kline", st.get(1).speaker().canonicalName());
        assertEquals("She", covered(text, st.get(1).speakerMention()));
    }

    @Test
    void pronoun_neverGoesToTheObjectOfThePreviousSentence() {
        String text = "Union leader Ruth Kline said the strike would go on. Later, Mayor Lena Ortiz visited Kline at the union hall. "
                + "She said the wage offer was final.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Lena Ortiz", st.get(1).speaker().canonicalName());
    }

    @Test
    void pronoun_prefersThePreviousSpeakerOverASubjectInsideTheReportedClause() {
        String text = "Vogel said that Economy Minister Anna Roth would stay in office. He added that tariffs would rise.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Henrik Vogel", st.get(1).speaker().canonicalName());
    }

    @Test
    void objectRelativeClause_doesNotMakeItsSubjectTheSpeaker() {
        String text = "Ruth Kline, whom critics accused of lying, insisted the strike would continue.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Ruth Kline", s.speaker().canonicalName());
        assertEquals("the strike would continue", s.text());
    }

    @Test
    void participleWithAgentBetweenCommas_isSkippedAndTheSubjectSpeaks() {
        String text = "Ruth Kline, accused by Mayor Tom Baxter of lying, said the strike would continue.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Ruth Kline", s.speaker().canonicalName());
        assertEquals("the strike would continue", s.text());
    }

    @Test
    void relativeClauseAfterTheObjectOfACriticism_speaksForTheObject() {
        String text = "Mayor Tom Baxter criticised Ruth Kline, who said the strike would continue.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Ruth Kline", s.speaker().canonicalName());
        assertEquals("the strike would continue", s.text());
    }




    @Test
    void theAgency_withNoAgencyNamedEarlier_staysAnAnonymousOrganisation() {
        String text = "Acme Corp opened a new cheese plant. The agency said no one had fallen ill.";

        ExtractedStatement s = single(extract(text));

        assertEquals("agency", s.speaker().canonicalName());
    }




    @Test
    void spokesmanWithOnlyAModifierBeforeIt_speaksForNoBody() {
        String text = "Senior spokesman Klaus Berger said the deal was fair.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Klaus Berger", s.speaker().canonicalName());
        assertNull(s.speaker().speaksFor());
    }

    @Test
    void pronoun_prefersTheEarlierSpeakerOverTheSubjectOfASubordinateClause() {
        String text = "Union leader Ruth Kline said the strike would continue. The dispute began after Mayor Tom Baxter, "
                + "a former banker, cut the budget. She said talks had failed.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Ruth Kline", st.get(1).speaker().canonicalName());
    }

    @Test
    void pronoun_prefersTheEarlierSpeakerOverAnExampleAfterSuchAs() {
        String text = "Economist Paul Grant said tariffs would hurt growth. Critics such as Senator Tom Baxter disagree. "
                + "He added that imports would fall.";

        List<ExtractedStatement> st = extract(text).statements();

        assertEquals(2, st.size());
        assertEquals("Paul Grant", st.get(1).speaker().canonicalName());
    }

    @Test
    void pronoun_withNoEarlierSpeaker_stillReachesTheSubjectOfASubordinateClause() {
        String text = "The row began after Mayor Tom Baxter cut the budget. He said the cuts were fair.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Tom Baxter", s.speaker().canonicalName());
    }

    @Test
    void roleAfterAnInvertedVerb_doesNotIncludeTheVerb() {
        String text = "“We are tired,” said nurse Ruth Kline.";

        ExtractedStatement s = single(extract(text));

        assertEquals("Ruth Kline", s.speaker().canonicalName());
        assertEquals("nurse", s.speaker().role());
    }
}
