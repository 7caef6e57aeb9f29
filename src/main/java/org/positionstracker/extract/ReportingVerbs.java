package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * The reporting verbs and phrases of {@code reporting-verbs.txt} ("said", "told", "made clear",
 * "expressing concern", "according to", "read" after a document), found in a sentence outside
 * quotation marks. A verb
 * after a form of "be" is passive ("it was announced") and is not a cue.
 */
final class ReportingVerbs {
    private static final java.util.Set<String> UNWILLING = org.positionstracker.extract.lexicon.Lexicons.words(
            org.positionstracker.extract.lexicon.Lexicons.DIR + "verb-reporting-verbs-unwilling.txt");

    /** How a reporting phrase behaves. */
    record Kind(boolean addressee, boolean according, boolean position, boolean invertible, boolean needsThat,
                boolean documentOnly) {
    }

    /** A reporting phrase found at tokens [from, to) of a sentence. */
    record Cue(int from, int to, Kind kind) {
    }

    private static final PhraseLexicon<Kind> LEXICON = new PhraseLexicon<>();
    private static final Set<String> PASSIVE = Lexicons.words(Lexicons.DIR + "verb-reporting-verbs-passive.txt");

    static {
        for (String line : Lexicon.lines("reporting-verbs.txt")) {
            String[] parts = line.split("\t");
            String flags = parts.length > 1 ? parts[1] : "";
            LEXICON.add(parts[0].strip(), new Kind(flags.contains("addressee"), flags.contains("according"),
                    flags.contains("position"), !flags.contains("noinvert") && !flags.contains("according"),
                    flags.contains("needsthat"), flags.contains("document")));
        }
    }

    private ReportingVerbs() {
    }

    /** The cues of a sentence, left to right; tokens flagged in {@code quoted} are skipped. */
    static List<Cue> find(List<Token> tokens, boolean[] quoted) {
        List<Cue> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (quoted[i] || !tokens.get(i).word()) {
                i++;
                continue;
            }
            PhraseLexicon.Match<Kind> m = LEXICON.matchAt(tokens, i);
            if (m == null || anyQuoted(quoted, m.from(), m.to())) {
                i++;
                continue;
            }
            boolean capitalisedMidSentence = i > 0 && tokens.get(i).capitalised() && tokens.get(i - 1).word();
            if (!capitalisedMidSentence && !passive(tokens, i) && !nounUse(tokens, i, m.payload()) && !negated(tokens, i)) {
                Kind k = m.payload();
                if (tokens.get(i).lower().endsWith("ing") && k.invertible()) k = new Kind(k.addressee(), k.according(), k.position(), false, k.needsThat(), k.documentOnly());
                out.add(new Cue(m.from(), m.to(), k));
            }
            i = m.to();
        }
        return out;
    }

    /** True when a reporting verb or phrase starts at token {@code i} ("said nurse Ann Lee": "said" is not a modifier of "nurse"). */
    static boolean startsCue(List<Token> tokens, int i) {
        return tokens.get(i).word() && LEXICON.matchAt(tokens, i) != null;
    }

    /** "declined to say", "would not comment", "did not say": a report that nothing was said. */
    private static boolean negated(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && tokens.get(k).is("to")) {
            k--;
            if (k < 0) return false;
            String w = tokens.get(k).lower();
            return w.startsWith("declin") || w.startsWith("refus") || w.equals("not") || w.endsWith("n't") || UNWILLING.contains(w);
        }
        if (k >= 0 && tokens.get(k).word() && tokens.get(k).lower().endsWith("ly")) k--;
        if (k < 0) return false;
        String w = tokens.get(k).lower();
        return w.equals("not") || w.equals("never") || w.endsWith("n't") || w.equals("cannot");
    }

    private static boolean anyQuoted(boolean[] quoted, int from, int to) {
        for (int k = from; k < to; k++) {
            if (quoted[k]) return true;
        }
        return false;
    }

    private static boolean passive(List<Token> tokens, int i) {
        if (tokens.get(i).lower().endsWith("ing")) return false;   // "is expressing concern" is progressive
        if (reducedPassive(tokens, i)) return true;
        int k = i - 1;
        while (k >= 0 && tokens.get(k).word() && tokens.get(k).lower().endsWith("ly")) k--;
        return k >= 0 && PASSIVE.contains(tokens.get(k).lower());
    }

    /**
     * A participle clause opening a sentence or set off by a comma, with its agent after "by"
     * ("Kline, accused by the mayor of lying, said"): the subject on its left is not the one who
     * accused. An active verb right after a comma has its subject on the right ("..., said Kline").
     */
    private static boolean reducedPassive(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !tokens.get(i + 1).is("by") || !tokens.get(i).lower().endsWith("ed")) return false;
        return i == 0 || tokens.get(i - 1).isPunct(',') || tokens.get(i - 1).isPunct('(');
    }

    /** "a claim", "the report", "his note" - a determiner right before means the word is a noun. */
    private static boolean nounUse(List<Token> tokens, int i, Kind kind) {
        if (kind.according()) return false;
        if (i == 0) return false;
        String prev = tokens.get(i - 1).lower();
        return switch (prev) {
            case "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "no" -> true;
            default -> tokens.get(i - 1).possessive();
        };
    }
}
