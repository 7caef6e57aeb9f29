package org.positionstracker.extract.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.positionstracker.extract.DocumentBuilder;
import org.positionstracker.extract.doc.Document;

class QuoteClassifierTests {
    private final QuoteClassifier classifier = new QuoteClassifier();

    private QuoteKind kind(String text) {
        Document doc = DocumentBuilder.build(text);
        return classifier.classify(doc, doc.quotations().get(0));
    }

    @Test
    void aClauseInQuotationMarks_isSpeech() {
        assertEquals(QuoteKind.SPEECH, kind("\u201CWe will not give up the depot,\u201D Cole said."));
    }

    @Test
    void aLabelWordBeforeTheMarks_makesANickname() {
        assertEquals(QuoteKind.NICKNAME, kind("The operation, dubbed \u201Cthe long march home\u201D, began at dawn."));
        assertEquals(QuoteKind.NICKNAME, kind("The station kept its slogan \u201Cask more of the news\u201D for years."));
        assertEquals(QuoteKind.NICKNAME, kind("The so-called \u201Cpeace dividend\u201D never came."));
    }

    @Test
    void titledOrHeadlined_makesATitle() {
        assertEquals(QuoteKind.TITLE, kind("She wrote a memoir titled \u201Cwhat the river kept from us\u201D last year."));
    }

    @Test
    void aShortTitleCaseRun_isATitle() {
        assertEquals(QuoteKind.TITLE, kind("He appeared on \u201CSaturday Night Live\u201D twice."));
    }

    @Test
    void aTitleCaseRunEndingInTheWritersComma_isATitle_evenAfterASpeechVerb() {
        assertEquals(QuoteKind.TITLE, kind("Reed told \u201CMorning Round and Friends,\u201D the breakfast show, that the depot would stay."));
    }

    @Test
    void aTitleCaseRunWithACommaInside_isSpeech() {
        assertEquals(QuoteKind.SPEECH, kind("\u201CNever, Never Again,\u201D Reed said."));
    }

    @Test
    void oneToThreeWordsWithoutASpeechVerb_areAScareQuote() {
        assertEquals(QuoteKind.SCARE, kind("Officials called the deal \u201Cfair\u201D in private."));
        assertEquals(QuoteKind.SCARE, kind("It was a \u201Chistoric\u201D day for the town."));
    }

    @Test
    void oneToThreeWordsAgainstASpeechVerb_areSpeech() {
        assertEquals(QuoteKind.SPEECH, kind("Asked about the deal, Cole said: \u201CNever.\u201D"));
        assertEquals(QuoteKind.SPEECH, kind("\u201CAbsolutely not,\u201D Cole said."));
    }
}
