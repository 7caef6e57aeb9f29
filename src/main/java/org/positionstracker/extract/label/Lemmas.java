package org.positionstracker.extract.label;

import java.util.Map;

/**
 * A light lemmatiser for matching keywords and frames: a keyword and a word match when their
 * lemmas are equal, so "cede" finds "ceded", "cedes" and "ceding", and "territory" finds
 * "territories". The lemma is a matching key, not a dictionary form ("cede" becomes "ced"); it is
 * applied alike to the codebook's phrases and to the article's words, which is all that matters.
 */
final class Lemmas {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("took", "take"), Map.entry("taken", "take"),
            Map.entry("left", "leave"), Map.entry("withdrew", "withdraw"), Map.entry("withdrawn", "withdraw"),
            Map.entry("broke", "break"), Map.entry("broken", "break"), Map.entry("held", "hold"), Map.entry("kept", "keep"),
            Map.entry("sent", "send"), Map.entry("made", "make"), Map.entry("met", "meet"), Map.entry("sat", "sit"),
            Map.entry("fought", "fight"), Map.entry("sought", "seek"), Map.entry("brought", "bring"), Map.entry("began", "begin"),
            Map.entry("begun", "begin"), Map.entry("stood", "stand"), Map.entry("drew", "draw"), Map.entry("drawn", "draw"),
            Map.entry("tore", "tear"), Map.entry("torn", "tear"), Map.entry("froze", "freeze"), Map.entry("frozen", "freeze"),
            Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("came", "come"), Map.entry("paid", "pay"),
            Map.entry("dealt", "deal"), Map.entry("won", "win"), Map.entry("lost", "lose"), Map.entry("cut", "cut"),
            Map.entry("recognized", "recognise"), Map.entry("recognizes", "recognise"), Map.entry("recognize", "recognise"),
            Map.entry("recognizing", "recognise"), Map.entry("legitimize", "legitimise"), Map.entry("legitimizes", "legitimise"),
            Map.entry("legitimized", "legitimise"), Map.entry("legitimizing", "legitimise"), Map.entry("defence", "defense"));

    private Lemmas() {
    }

    /** The matching key of a normalised (lower-case) word. */
    static String of(String w) {
        String irregular = IRREGULAR.get(w);
        if (irregular != null) w = irregular;
        if (w.length() <= 3 || w.indexOf('\'') >= 0 || !Character.isLetter(w.charAt(w.length() - 1))) return w;
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) s = s.substring(0, s.length() - 3) + "y";
        else if (s.endsWith("ied") && s.length() > 4) s = s.substring(0, s.length() - 3) + "y";
        else if (s.endsWith("ing") && s.length() > 5) s = undouble(s.substring(0, s.length() - 3));
        else if (s.endsWith("ed") && s.length() > 4) s = undouble(s.substring(0, s.length() - 2));
        else if (s.endsWith("es") && s.length() > 4 && sibilant(s.substring(0, s.length() - 2))) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length() > 3) s = s.substring(0, s.length() - 1);
        if (s.endsWith("e") && s.length() > 3) s = s.substring(0, s.length() - 1);
        return s;
    }

    private static boolean sibilant(String stem) {
        return stem.endsWith("s") || stem.endsWith("x") || stem.endsWith("z") || stem.endsWith("ch") || stem.endsWith("sh");
    }

    /** "stopp" -> "stop", but "pass" stays. */
    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0) return s.substring(0, n - 1);
        return s;
    }
}
