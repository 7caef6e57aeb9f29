package org.positionstracker.extract.cue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.extract.DocumentBuilder;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;

class CueFinderTests {
    /** "kind:words" of every cue of the first sentence whose text contains {@code marker}. */
    private static List<String> cues(String text, String marker) {
        Document doc = DocumentBuilder.build(text);
        DocSentence s = doc.sentences().stream().filter(x -> x.span().coveredText(text).contains(marker)).findFirst().orElseThrow();
        boolean[] quoted = new boolean[s.size()];
        for (var q : doc.quotations()) {
            for (int k = 0; k < s.size(); k++) if (q.marks().contains(s.word(k).span())) quoted[k] = true;
        }
        return CueFinder.find(s, quoted).stream().map(c -> c.kind() + ":" + c.span(s).coveredText(text)).toList();
    }

    @Test
    void reportingVerb_isAVerbCue() {
        assertEquals(List.of("VERB:argued"), cues("The harbour master argued that the pier was unsafe.", "pier"));
    }

    @Test
    void verbWithAnObject_isASpeechAct() {
        assertEquals(List.of("SPEECH_ACT:ruled out"), cues("The council ruled out a second referendum on the tram.", "tram"));
        assertEquals(List.of("SPEECH_ACT:called for"), cues("Greens called for a congestion charge.", "charge"));
        assertEquals(List.of("SPEECH_ACT:vowed to"), cues("The mayor vowed to reopen the library.", "library"));
        assertEquals(List.of("SPEECH_ACT:urged"), cues("Nurses urged the board to hire more staff.", "staff"));
        assertEquals(List.of("SPEECH_ACT:accused"), cues("Lopez accused the union of stalling.", "stalling"));
        assertEquals(List.of("SPEECH_ACT:described"), cues("She described the meeting as productive.", "productive"));
        assertEquals(List.of("SPEECH_ACT:rejected"), cues("The minister rejected the accusation.", "accusation"));
        assertEquals(List.of("SPEECH_ACT:welcomed"), cues("Farmers welcomed the new subsidy.", "subsidy"));
    }

    @Test
    void participleAfterAComma_isAParticipleCue() {
        assertEquals(List.of("PARTICIPLE:saying"), cues("The union walked out, saying the offer was an insult.", "insult"));
        assertEquals(List.of("PARTICIPLE:noting"), cues("The union walked out, noting that wages had fallen.", "wages"));
    }

    @Test
    void participleWithAnObject_isASpeechAct() {
        assertEquals(List.of("SPEECH_ACT:calling"), cues("He left the hall, calling them cowards.", "cowards"));
        assertEquals(List.of(), cues("He was more welcoming of guests than his father.", "guests"));
    }

    @Test
    void namingVerbBeforeAQuotation_isASpeechAct() {
        assertEquals(List.of("SPEECH_ACT:called"), cues("Reed called the tram plan \u201Ca folly\u201D on Monday.", "tram"));
        assertEquals(List.of(), cues("Reed called the police on Monday.", "police"));
    }

    @Test
    void speechNounAfterAPossessive_isANounCue() {
        assertEquals(List.of("NOUN:demand"), cues("Workers ignored his demand that the strike end.", "strike"));
    }

    @Test
    void accordingTo_isItsOwnCue() {
        assertEquals(List.of("ACCORDING_TO:according to"), cues("The bridge will close in May, according to the city engineer.", "bridge"));
    }

    @Test
    void passiveWithAnAgent_isNoSpeech() {
        assertEquals(List.of(), cues("The town was claimed by the rebels overnight.", "rebels"));
        assertEquals(List.of(), cues("It was announced at noon.", "noon"));
    }

    @Test
    void thisWasStatedBy_attributesTheSentenceBefore() {
        assertEquals(List.of("NEXT_SENTENCE:This was stated by"),
                cues("The ferry will run again in June. This was stated by the port director Ana Ruiz.", "stated"));
    }

    @Test
    void verbBeforeAClosingColon_opensAList() {
        assertEquals(List.of("LIST:listed"), cues("He listed several points:\n- The fares must fall.\n", "listed"));
    }

    @Test
    void nounReadingsOfVerbForms_needThat() {
        assertEquals(List.of(), cues("Voters in swing states stayed home.", "swing"));
        assertEquals(List.of("VERB:reports"), cues("The agency reports that exports rose.", "exports"));
    }

    @Test
    void wordsInsideQuotationMarks_areNoCues() {
        assertEquals(List.of("VERB:said"), cues("\u201CWe argued for years,\u201D Ruiz said.", "years"));
    }
}
