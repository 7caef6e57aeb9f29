package org.positionstracker.extract.speaker;

import java.util.Set;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;

/** Reading a speaker phrase: its words as written, its span, where its determiners end and where its head is. */
final class Phrases {
    static final String DIR = "/org/positionstracker/extract/lexicon/";
    /** Determiners and quantifiers a described speaker is named without ("some", "all three", "a number of"). */
    private static final Set<String> QUANTIFIERS = Lexicons.words(DIR + "speaker-quantifiers.txt");
    /** Words after a head noun that start its modifier ("advocates for clean energy", "a poll conducted in May"). */
    private static final Set<String> POST_HEAD = Lexicons.words(DIR + "speaker-post-head-words.txt");

    /** Possessive pronoun -> the subject pronoun it stands for ("his" -> "he"). */
    static final java.util.Map<String, String> POSSESSIVES = possessives();

    private Phrases() {
    }

    static String text(DocSentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && s.word(k).span().start() > s.word(k - 1).span().end()) b.append(' ');
            b.append(s.word(k).text());
        }
        return b.toString();
    }

    static TextSpan span(DocSentence s, TokenSpan p) {
        return new TextSpan(s.word(p.from()).span().start(), s.word(p.to() - 1).span().end());
    }

    /** The first word after the phrase's determiners and quantifiers ("some of the", "all three", a number). */
    static int afterQuantifiers(DocSentence s, TokenSpan p) {
        int k = p.from();
        while (k < p.to() - 1 && (QUANTIFIERS.contains(s.word(k).lower()) || number(s.word(k)))) k++;
        return k;
    }

    /** The head noun: the word before the first modifier word ("for", "of", "who", "conducted") or the last word. */
    static int head(DocSentence s, TokenSpan p) {
        int from = afterQuantifiers(s, p);
        for (int k = from + 1; k < p.to(); k++) {
            if (POST_HEAD.contains(s.word(k).lower()) || !s.word(k).word() && !s.word(k).is("'s")) return k - 1;
        }
        return p.to() - 1;
    }

    /** The head without a possessive ending, in lower case. */
    static String headWord(DocSentence s, int head) {
        String w = s.word(head).lower();
        return w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
    }

    private static java.util.Map<String, String> possessives() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (String line : Lexicons.lines(DIR + "possessive-pronouns.txt")) {
            String[] two = line.toLowerCase(java.util.Locale.ROOT).split("\\s+");
            if (two.length == 2) out.put(two[0], two[1]);
        }
        return java.util.Map.copyOf(out);
    }

    static boolean number(Word w) {
        return w.word() && Character.isDigit(w.text().charAt(0));
    }
}
