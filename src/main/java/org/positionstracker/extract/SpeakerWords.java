package org.positionstracker.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.positionstracker.actor.ActorKind;

/** The word lists used to recognise speaker phrases, loaded once from resource files. */
final class SpeakerWords {
    static final Set<String> TITLES = Lexicon.wordSet("titles.txt");
    static final Set<String> ROLES = Lexicon.wordSet("role-nouns.txt");
    static final Set<String> GROUPS = Lexicon.wordSet("group-nouns.txt");
    static final Set<String> MODIFIERS = Lexicon.wordSet("role-modifiers.txt");
    static final Set<String> ORGANISATIONS = Lexicon.wordSet("organisation-words.txt");
    static final Set<String> MEDIA = Lexicon.wordSet("media-outlets.txt");
    /** Words that make a capitalised name an organisation but are no speaker on their own ("International", "United"). */
    static final Set<String> ORGANISATION_NAMES = Lexicon.wordSet("lexicon/organisation-name-words.txt");
    /** Common given names: a bare one is a person ("Isabelle said"). */
    static final Set<String> GIVEN_NAMES = Lexicon.wordSet("lexicon/given-names.txt");
    /** Last words of an outlet's name ("Gazette", "Broadcasting"). */
    static final Set<String> MEDIA_HEADS = Lexicon.wordSet("lexicon/media-name-heads.txt");
    /** Last words of an outlet's name that are also surnames ("Post", "Star"): an outlet only after "the". */
    static final Set<String> MEDIA_HEADS_AFTER_THE = Lexicon.wordSet("lexicon/media-name-heads-after-the.txt");
    static final Set<String> INTERRUPTERS = Lexicon.wordSet("interrupters.txt");
    static final Set<String> DOCUMENTS = Lexicon.wordSet("document-nouns.txt");
    /** Function words, compared in lower case. */
    static final Set<String> FUNCTION = Lexicon.wordSet("function-words.txt");
    /** Function words that are written capitalised in the list (days, months): they stop a walk anywhere. */
    static final Set<String> CAPITALISED_FUNCTION = new HashSet<>();
    static final Set<String> DETERMINERS = setOf("the", "a", "an", "some", "many", "several", "other", "most", "few",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
            "numerous", "various", "both", "all");
    static final Set<String> PREPOSITIONS_IN_NAMES = setOf("of", "for", "in", "at", "from");
    static final Set<String> AUXILIARIES = setOf("has", "have", "had", "will", "would", "may", "might", "could",
            "can", "did", "does", "do", "is", "are", "was", "were", "been", "be", "shall", "should", "must", "'s", "'ve", "'d", "'ll", "also", "not", "then",
            "again", "too", "already", "still", "now", "repeatedly", "once", "further", "previously", "recently",
            "later", "earlier", "reportedly", "publicly", "privately", "separately", "often", "long", "just", "even",
            "has", "since", "also", "first", "subsequently", "immediately", "quickly", "swiftly", "flatly");
    static final Set<String> PRONOUNS = setOf("he", "she", "they", "it");
    static final Set<String> CONJUNCTIONS = setOf("and", "but", "yet", "while", "though", "although");
    static final Set<String> PARTICIPLE_NOUNS = setOf("including", "during", "according", "notwithstanding", "regarding",
            "concerning", "something", "nothing", "anything", "everything", "morning", "evening", "meeting", "funding",
            "building", "spending", "fighting", "training", "bombing", "shelling", "hearing", "ceiling", "king", "thing",
            "things", "spring", "string", "wing", "ring", "bring", "sing", "housing", "lending", "pricing", "ruling",
            "shipping", "warning", "warming", "rating", "polling", "bidding", "spelling", "opening", "landing",
            "uprising", "killing", "killings", "wedding", "offering", "gathering", "setting", "timing", "wording",
            "following", "pending", "ending");

    static {
        for (String line : Lexicon.lines("function-words.txt")) {
            String w = line.strip();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) CAPITALISED_FUNCTION.add(w);
        }
    }

    private SpeakerWords() {
    }

    private static Set<String> setOf(String... words) {
        return Set.copyOf(new HashSet<>(List.of(words)));
    }

    /** Lower-case particles inside personal names ("Pieter van Acker", "Ali bin Hassan"). */
    static final Set<String> PARTICLES = setOf("van", "von", "de", "der", "den", "da", "di", "du", "le", "la", "bin", "ibn",
            "al", "el", "ter", "dos", "das", "del", "della", "y");

    /** A capitalised word or an Arabic-style prefixed name ("al-Harbi", "el-Sisi"). */
    static boolean nameLike(Token t) {
        if (t.capitalised()) return true;
        String w = t.text();
        int h = w.indexOf('-');
        return t.word() && h > 0 && h <= 3 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1))
                && PARTICLES.contains(w.substring(0, h).toLowerCase(java.util.Locale.ROOT));
    }

    /** A document noun ("statement", "communique", "report"). */
    static boolean document(Token t) {
        return t.word() && !t.capitalised() && DOCUMENTS.contains(t.lower());
    }

    /** The document noun's key for the article memory: singular, without accents ("communiqué" -> "communique"). */
    static String documentKey(Token t) {
        String w = t.lower().replace('\u00e9', 'e');
        return w.endsWith("s") && w.length() > 4 && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * True when text [from, end) ends with an abbreviated title ("Sen.", "Rep.", "Gov.") or a middle
     * initial after a first name ("Donald J."): a name follows, so the sentence goes on, though a
     * sentence detector trained without these abbreviations ends it there.
     */
    static boolean endsWithTitle(String text, int from, int end) {
        if (end - from < 2 || text.charAt(end - 1) != '.') return false;
        int w = end - 1;
        while (w > from && Character.isLetter(text.charAt(w - 1))) w--;
        if (w > from && !Character.isWhitespace(text.charAt(w - 1))) return false;
        String word = text.substring(w, end - 1);
        if (word.isEmpty()) return false;
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            int p = w - 1;                                    // a middle initial: "Donald J."
            while (p > from && Character.isWhitespace(text.charAt(p - 1))) p--;
            int q = p;
            while (q > from && Character.isLetter(text.charAt(q - 1))) q--;
            return p - q >= 2 && Character.isUpperCase(text.charAt(q));
        }
        return TITLES.contains(Lexicon.norm(word) + ".");
    }

    /** A word that makes a capitalised name an organisation ("Ministry", "Corp", "International"). */
    static boolean organisationWord(Token t) {
        String w = t.bare();
        return ORGANISATIONS.contains(w) || ORGANISATION_NAMES.contains(w);
    }

    /** A title or role noun of a person ("Councillor", "Mr.", "Foreign", "spokesperson"). */
    static boolean titleOrRole(Token t) {
        return TITLES.contains(t.lower()) || TITLES.contains(t.bare()) || ROLES.contains(t.bare());
    }

    /**
     * The kind of speaker a head noun names: an outlet ("newspaper"), an organisation ("lobby",
     * "union", "group") or a person ("pollster", "teacher", "leader"); null for any other word.
     */
    static ActorKind kindOfHead(Token t) {
        if (!t.word()) return null;
        if (MEDIA_HEADS.contains(t.bare())) return ActorKind.MEDIA;
        if (organisationWord(t)) return ActorKind.ORGANISATION;
        return titleOrRole(t) ? ActorKind.PERSON : null;
    }

    static boolean roleOrGroup(Token t) {
        String w = t.bare();
        return ROLES.contains(w) || GROUPS.contains(w) || ORGANISATIONS.contains(w);
    }

    static boolean adverb(Token t) {
        String w = t.lower();
        return t.word() && !t.capitalised() && (AUXILIARIES.contains(w) || (w.endsWith("ly") && w.length() > 4 && !ROLES.contains(w)));
    }

    /** A word ending in -ing that starts a participial phrase (", drawing a hard line ..."). */
    static boolean participle(Token t) {
        String w = t.lower();
        return t.word() && !t.capitalised() && w.length() > 4 && w.endsWith("ing") && !PARTICIPLE_NOUNS.contains(w);
    }

    static boolean isFunction(Token t, boolean sentenceInitial) {
        if (!t.word()) return true;
        if (t.capitalised() && !sentenceInitial) return CAPITALISED_FUNCTION.contains(t.text());
        return FUNCTION.contains(t.lower());
    }
}
