package org.positionstracker.extract.quote;

import java.util.Set;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * Tells a quotation of speech from quotation marks that only name or distance words. In order:
 * a label word right before the marks ("dubbed", "the slogan", "titled") makes a name or title;
 * a short title-case run with no sentence punctuation ("Saturday Night Live") is a title; one to
 * three words are speech only next to a speech verb ("said “no”", "“Never,” she said"), otherwise
 * a scare quote; anything longer is speech.
 */
public final class QuoteClassifier {
    private static final Set<String> LABELS = Lexicons.words("/org/positionstracker/extract/lexicon/quote-labels.txt");
    private static final Set<String> SPEECH_VERBS = Lexicons.words("/org/positionstracker/extract/lexicon/speech-verbs.txt");
    private static final Set<String> SMALL_WORDS = Lexicons.words("/org/positionstracker/extract/lexicon/title-small-words.txt");
    private static final int SHORT = 3;
    private static final int LONGEST_TITLE = 8;
    /** How far from the marks a speech verb may stand and still make a short quotation speech. */
    private static final int CUE_REACH = 4;

    public QuoteKind classify(Document doc, Quotation q) {
        DocSentence s = doc.sentence(q);
        TokenSpan inner = q.inner().orElse(null);
        if (inner == null) return QuoteKind.SCARE;
        if (q.open() > 0 && LABELS.contains(s.word(q.open() - 1).lower())) {
            String label = s.word(q.open() - 1).lower();
            return label.endsWith("titled") || label.startsWith("headline") ? QuoteKind.TITLE : QuoteKind.NICKNAME;
        }
        if (q.open() > 1 && s.word(q.open() - 1).is("as") && s.word(q.open() - 2).is("known")) return QuoteKind.NICKNAME;
        int words = 0;
        boolean titleCase = true;
        boolean clausePunctuation = false;
        for (int i = inner.from(); i < inner.to(); i++) {
            Word w = s.word(i);
            if (w.word()) {
                words++;
                if (!w.capitalised() && !SMALL_WORDS.contains(w.lower())) titleCase = false;
            } else if ((w.isPunct('.') || w.isPunct(',') || w.isPunct('?') || w.isPunct('!') || w.isPunct(';'))
                    && i < inner.to() - 1) {       // a comma or stop closing the quotation is the writer's: told “Fox and Friends,”
                clausePunctuation = true;
            }
        }
        if (words == 0) return QuoteKind.SCARE;
        if (titleCase && !clausePunctuation && words <= LONGEST_TITLE && words > 1) return QuoteKind.TITLE;
        if (words <= SHORT) return speechVerbNear(s, q) ? QuoteKind.SPEECH : QuoteKind.SCARE;
        return QuoteKind.SPEECH;
    }

    /**
     * A speech verb right against the marks: before the opening one ("said “no”", "said: “no”") or,
     * when the quoted words end with a comma or a question or exclamation mark, a few words after the
     * closing one ("“Never,” she said").
     */
    static boolean speechVerbNear(DocSentence s, Quotation q) {
        int before = q.open() - 1;
        if (before >= 0 && (s.word(before).isPunct(',') || s.word(before).isPunct(':'))) before--;
        if (before >= 0 && speechVerb(s.word(before))) return true;
        if (q.close() >= s.size()) return false;
        int k = q.close() + 1;
        boolean endsClause = q.close() > q.open() + 1 && (s.word(q.close() - 1).isPunct(',') || s.word(q.close() - 1).isPunct('?')
                || s.word(q.close() - 1).isPunct('!'));
        if (k < s.size() && s.word(k).isPunct(',')) {
            endsClause = true;
            k++;
        }
        if (!endsClause) return false;
        for (int i = k; i < Math.min(s.size(), k + CUE_REACH); i++) {
            if (!s.word(i).word()) break;
            if (speechVerb(s.word(i))) return true;
        }
        return false;
    }

    /** True for a verb form of the speech-verb list ("said", "told", "wrote"). */
    public static boolean speechVerb(Word w) {
        return w.word() && SPEECH_VERBS.contains(w.lower());
    }
}
