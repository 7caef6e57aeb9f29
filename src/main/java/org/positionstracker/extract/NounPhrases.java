package org.positionstracker.extract;

import java.util.List;

/**
 * Finds the speaker phrase next to a reporting verb by walking over tokens that can belong to a
 * name or role: capitalised words, role and group nouns ("official", "analysts"), their modifiers
 * ("senior", "foreign policy"), demonyms and possessives ("EU's"), determiners, and a preposition
 * that continues a role or group ("officials in Kyiv", "spokesperson for the ministry",
 * "Bank of England"). Function words, verbs and punctuation end the phrase.
 */
final class NounPhrases {
    private NounPhrases() {
    }

    /**
     * Walks left from token {@code i} (inclusive) and returns the first token of the phrase, or
     * -1 when token {@code i} cannot end a speaker phrase.
     */
    static int leftFrom(List<Token> t, int i) {
        int start = -1;
        boolean head = false;
        int modifiers = 0;
        int k = i;
        int tail = prepositionalTail(t, i);
        if (tail >= 0) {                  // "workers at the plant": continue from the group noun
            start = tail;
            k = tail;
        }
        while (k >= 0) {
            Token x = t.get(k);
            if (!x.word()) break;
            String w = x.lower();
            boolean initial = k == 0 || !t.get(k - 1).word() && !t.get(k - 1).isPunct(',');
            if (SpeakerWords.DETERMINERS.contains(w) && start >= 0) {
                if (w.equals("the") || w.equals("a") || w.equals("an")) {
                    if (k > 1 && SpeakerWords.PREPOSITIONS_IN_NAMES.contains(t.get(k - 1).lower()) && continuesLeft(t, k - 1, start)) {
                        start = k;
                        k -= 2;
                        continue;
                    }
                }
                start = k;
                break;
            }
            if (SpeakerWords.roleOrGroup(x) && !SpeakerWords.isFunction(x, false)) {
                head = true;
                start = k;
                k--;
                continue;
            }
            if (SpeakerWords.nameLike(x)) {
                if (x.capitalised() && (SpeakerWords.isFunction(x, initial) || SpeakerWords.PRONOUNS.contains(w))) break;
                start = k;
                k--;
                continue;
            }
            if (start >= 0 && SpeakerWords.PARTICLES.contains(w) && k > 0 && (SpeakerWords.nameLike(t.get(k - 1))
                    || k > 1 && SpeakerWords.PARTICLES.contains(t.get(k - 1).lower()) && SpeakerWords.nameLike(t.get(k - 2)))
                    && (SpeakerWords.nameLike(t.get(start)) || SpeakerWords.PARTICLES.contains(t.get(start).lower()))) {   // "von der Leyen"
                start = k;
                k--;
                continue;
            }
            if (start >= 0 && SpeakerWords.PREPOSITIONS_IN_NAMES.contains(w) && k > 0 && continuesLeft(t, k, start)) {
                k--;
                continue;
            }
            if (SpeakerWords.isFunction(x, initial)) break;
            if (head && (SpeakerWords.MODIFIERS.contains(w) || (modifiers < 3 && plainWord(x) && !ReportingVerbs.startsCue(t, k)))) {
                modifiers++;
                start = k;
                k--;
                continue;
            }
            break;
        }
        return start;
    }

    /**
     * For a phrase ending in a plain lower-case noun, the index of a role or group noun followed by
     * a preposition up to four words to the left ("workers at the (car) plant"), or -1.
     */
    private static int prepositionalTail(List<Token> t, int i) {
        Token last = t.get(i);
        if (!last.word() || last.capitalised() || SpeakerWords.roleOrGroup(last) || !plainWord(last)) return -1;
        for (int m = i - 1; m >= Math.max(1, i - 4); m--) {
            Token x = t.get(m);
            if (!x.word()) return -1;
            if (SpeakerWords.PREPOSITIONS_IN_NAMES.contains(x.lower())) {
                Token head = t.get(m - 1);
                return head.word() && SpeakerWords.roleOrGroup(head) && !head.capitalised() || head.word() && SpeakerWords.GROUPS.contains(head.lower()) ? m - 1 : -1;
            }
            if (!SpeakerWords.DETERMINERS.contains(x.lower()) && !plainWord(x) && !x.capitalised()) return -1;
        }
        return -1;
    }

    /** Whether a preposition at {@code prep} links the phrase starting at {@code start} to a head on its left. */
    private static boolean continuesLeft(List<Token> t, int prep, int start) {
        if (prep == 0) return false;
        Token left = t.get(prep - 1);
        if (!left.word()) return false;
        String p = t.get(prep).lower();
        if (!left.capitalised() && SpeakerWords.roleOrGroup(left)) return true;
        if (left.capitalised() && SpeakerWords.roleOrGroup(left) && !p.equals("from")) return true;
        return p.equals("of") && left.capitalised() && t.get(start).capitalised();
    }

    private static boolean plainWord(Token x) {
        String w = x.lower();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') return false;
        }
        return !SpeakerWords.FUNCTION.contains(w) && !w.endsWith("ed") && !w.endsWith("ing");
    }

    /**
     * Walks right from token {@code j} and returns the index after the phrase, or -1 when no
     * speaker phrase starts at {@code j} ("said Jane Doe", "according to the ministry", "told reporters").
     */
    static int rightFrom(List<Token> t, int j) {
        int end = -1;
        int k = j;
        int n = t.size();
        while (k < n) {
            Token x = t.get(k);
            if (!x.word()) break;
            String w = x.lower();
            if (SpeakerWords.DETERMINERS.contains(w) && (k == j || SpeakerWords.PREPOSITIONS_IN_NAMES.contains(t.get(k - 1).lower()))) {
                k++;
                continue;
            }
            if (SpeakerWords.roleOrGroup(x) && !SpeakerWords.isFunction(x, false)) {
                end = k + 1;
                k++;
                continue;
            }
            if (end == k && SpeakerWords.PARTICLES.contains(w) && k + 1 < n && SpeakerWords.nameLike(t.get(k + 1))) {
                k++;
                continue;
            }
            if (SpeakerWords.nameLike(x) && !(x.capitalised() && SpeakerWords.isFunction(x, false)) && !SpeakerWords.PRONOUNS.contains(w)) {
                if (x.possessive() && !headAhead(t, k + 1)) return -1; // "Russia's maximalist terms": not a speaker
                end = k + 1;
                k++;
                continue;
            }
            if (SpeakerWords.PREPOSITIONS_IN_NAMES.contains(w) && end == k && k + 1 < n) {
                Token left = t.get(k - 1);
                Token right = t.get(k + 1);
                boolean rightNp = right.capitalised() || SpeakerWords.DETERMINERS.contains(right.lower()) || SpeakerWords.roleOrGroup(right);
                boolean leftHead = SpeakerWords.roleOrGroup(left) || (w.equals("of") && left.capitalised());
                if (rightNp && leftHead) {
                    k++;
                    continue;
                }
                break;
            }
            if (!SpeakerWords.isFunction(x, false) && (SpeakerWords.MODIFIERS.contains(w) || plainWord(x)) && headAhead(t, k + 1)) {
                k++;
                continue;
            }
            break;
        }
        return end;
    }

    /** True when a role or group noun follows within three plain words. */
    private static boolean headAhead(List<Token> t, int k) {
        for (int m = k; m < Math.min(t.size(), k + 3); m++) {
            Token x = t.get(m);
            if (!x.word()) return false;
            if (SpeakerWords.roleOrGroup(x)) return true;
            if (SpeakerWords.FUNCTION.contains(x.lower())) return false;
        }
        return false;
    }
}
