package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.extract.doc.Word;

/** Builds the {@link Document} from the sentences and quotations the splitter found (one pass, linear). */
public final class DocumentBuilder {
    private DocumentBuilder() {
    }

    /** Masks page furniture, splits sentences and pairs quotation marks. */
    public static Document build(String text) {
        String masked = ArchiveQuotes.normalise(PageNoise.mask(text));
        return build(text, masked, Sentences.split(masked));
    }

    static Document build(String text, String masked, List<Sentence> sentences) {
        List<DocSentence> out = new ArrayList<>(sentences.size());
        List<Quotation> quotations = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            ExtractionBudget.checkpoint();
            Sentence s = sentences.get(i);
            List<Word> words = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) words.add(new Word(t.span(), t.text(), t.lower(), t.word()));
            DocSentence ds = new DocSentence(i, s.number(), s.paragraph(), new TextSpan(s.start(), s.end()), words, s.headline());
            out.add(ds);
            for (Quote q : s.quotes()) {
                Quotation quotation = quotation(masked, ds, q);
                if (quotation != null) quotations.add(quotation);
            }
        }
        return new Document(text, masked, out, quotations);
    }

    private static Quotation quotation(String masked, DocSentence s, Quote q) {
        int open = s.wordAt(q.open());
        if (open >= s.size() || s.word(open).span().start() != q.open()) return null;
        int close = q.close() < 0 ? s.size() : s.wordAt(q.close());
        if (close < s.size() && s.word(close).span().start() != q.close()) close = s.size();
        TextSpan content = q.content(masked);  // the whole quotation, also where the splitter cut it into sentences
        if (content == null || close <= open) return null;
        int marksEnd = Math.max(content.end(), q.end());
        return new Quotation(new TextSpan(q.open(), marksEnd), content, s.index(), open, close);
    }
}
