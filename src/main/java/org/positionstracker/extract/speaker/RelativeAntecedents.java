package org.positionstracker.extract.speaker;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * A relative pronoun after a comma or dash ("Reed, who chairs the board, said"; "the Gazette
 * report, which notes") stands for the phrase right before the mark: the longest phrase there
 * starting at a determiner or at the first word of a name that resolves; the mention is the pronoun.
 */
public final class RelativeAntecedents {
    private static final Set<String> RELATIVES = Lexicons.words(Lexicons.DIR + "speaker-relative-antecedents-relatives.txt");
    private static final Set<String> DETERMINERS = Lexicons.words(Lexicons.DIR + "speaker-relative-antecedents-determiners.txt");
    private static final Set<String> PREPOSITIONS = Lexicons.words(Lexicons.DIR + "speaker-relative-antecedents-prepositions.txt");
    /** Words back from the mark an antecedent may have. */
    private static final int LONGEST = 7;

    private RelativeAntecedents() {
    }

    /** True for a one-word "who" or "which" right after a comma, dash or opening parenthesis. */
    public static boolean applies(DocSentence s, TokenSpan p) {
        if (p.size() != 1 || !RELATIVES.contains(s.word(p.from()).lower()) || p.from() < 2) return false;
        Word mark = s.word(p.from() - 1);
        return mark.isPunct(',') || mark.isPunct('-') || mark.isPunct('\u2014') || mark.isPunct('\u2013') || mark.isPunct('(');
    }

    /** The antecedent of relative pronoun {@code p}, each candidate phrase resolved by {@code phrase}. */
    public static Optional<ResolvedSpeaker> resolve(DocSentence s, TokenSpan p, Function<TokenSpan, Optional<ResolvedSpeaker>> phrase) {
        if (!applies(s, p)) return Optional.empty();
        int end = p.from() - 1;
        int from = end;
        while (from > 0 && end - from < LONGEST) {
            Word w = s.word(from - 1);
            boolean abbreviation = w.isPunct('.') && from > 1 && s.word(from - 2).capitalised() && s.word(from - 2).text().length() <= 4;
            if (!w.word() && !w.is("'s") && !abbreviation) break;
            from--;
        }
        for (int k = from; k < end; k++) {
            Word w = s.word(k);
            // a name after a preposition ("Reed of Lyon") is part of a longer phrase, never the antecedent alone
            boolean nameStart = w.capitalised() && (k == from || !s.word(k - 1).capitalised() && !s.word(k - 1).isPunct('.')
                    && !(PREPOSITIONS.contains(s.word(k - 1).lower()) && k - 2 >= from && s.word(k - 2).capitalised()));
            if (!DETERMINERS.contains(w.lower()) && !nameStart) continue;
            Optional<ResolvedSpeaker> r = phrase.apply(new TokenSpan(k, end));
            if (r.isPresent()) return Optional.of(new ResolvedSpeaker(r.get().ref(), s.word(p.from()).span()));
        }
        return Optional.empty();
    }
}
