package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * After the whole article, a singular role phrase used as a speaker ("Turkey's foreign minister")
 * whose words all appear in the role of exactly one named person of the article ("Foreign Minister
 * Selim Ozturk") becomes that person; words for the head of a body ("chief", "leader", "head")
 * stand for one another, as titles use them ("union chief" for a union leader).
 */
final class NamedRoles {
    private NamedRoles() {
    }

    /**
     * A person first introduced by role alone and named elsewhere ("Turkey's foreign minister
     * said ..." and "Foreign Minister Selim Ozturk said ..."): a definite or possessive singular
     * role phrase whose words (other than places and determiners) all appear in the role of
     * exactly one named person of the article, with no conflicting country, is that person. A
     * vague role ("the minister" with no other word and no country) or an indefinite one ("a
     * spokesperson", one of several) is left as it is.
     */
    static List<ExtractedStatement> apply(List<ExtractedStatement> statements, DiscourseMemory memory, String text) {
        List<SpeakerRef> people = null;
        java.util.Map<String, SpeakerRef> replaced = new java.util.HashMap<>();
        java.util.Map<String, SpeakerRef> enriched = new java.util.HashMap<>();
        List<ExtractedStatement> out = new ArrayList<>(statements.size());
        for (ExtractedStatement st : statements) {
            SpeakerRef sp = st.speaker();
            SpeakerRef to = null;
            if (sp != null && sp.kind() == org.positionstracker.actor.ActorKind.GROUP && !sp.inCodebook() && st.speakerMention() != null) {
                String key = sp.canonicalName();
                if (replaced.containsKey(key)) {
                    to = replaced.get(key);
                } else {
                    if (people == null) people = memory.namedPeopleWithRoles();
                    to = personForRole(sp, st.speakerMention().coveredText(text), people);
                    replaced.put(key, to);
                }
            }
            if (to != null && to.speaksFor() == null && sp.speaksFor() != null) {    // "Turkey's foreign minister": Turkey
                to = new SpeakerRef(to.canonicalName(), to.kind(), sp.speaksFor(), to.role(), to.inCodebook());
                replaced.put(sp.canonicalName(), to);
            }
            if (to != null) enriched.put(to.canonicalName(), to);
            out.add(st);
        }
        if (enriched.isEmpty()) return statements;
        List<ExtractedStatement> merged = new ArrayList<>(out.size());
        for (ExtractedStatement st : out) {
            SpeakerRef sp = st.speaker();
            if (sp == null) {                     // unattributed: nobody to name
                merged.add(st);
                continue;
            }
            SpeakerRef to = replaced.get(sp.canonicalName());
            if (to == null || sp.kind() != org.positionstracker.actor.ActorKind.GROUP) to = enriched.get(sp.canonicalName());
            merged.add(to == null ? st : new ExtractedStatement(st.sentenceNumber(), st.mode(), st.content(), st.text(), to,
                    st.speakerMention(), st.cue(), st.topics(), st.rule()));
        }
        return merged;
    }

    /** Words for the person at the head of a body, interchangeable in titles ("union chief" for a union leader). */
    static final Set<String> LEADERSHIP = Lexicons.words(Lexicons.DIR + "verb-named-roles-leadership.txt");

    private static boolean leads(String role) {
        for (String w : LEADERSHIP) {
            if (role.contains(" " + w + " ")) return true;
        }
        return false;
    }

    private static SpeakerRef personForRole(SpeakerRef group, String mention, List<SpeakerRef> people) {
        List<Token> mt = WordTokenizer.tokenize(mention, 0, mention.length());
        if (mt.isEmpty()) return null;
        String first = mt.get(0).lower();
        if (first.equals("a") || first.equals("an") || first.equals("one") || first.equals("another")) return null;
        List<Token> gt = WordTokenizer.tokenize(group.canonicalName(), 0, group.canonicalName().length());
        if (gt.isEmpty()) return null;
        Token head = gt.get(gt.size() - 1);
        if (!SpeakerWords.ROLES.contains(head.bare()) || SpeakerWords.GROUPS.contains(head.bare())) return null;
        List<String> words = new ArrayList<>();
        for (Token x : gt) {
            if (!x.word() || SpeakerWords.DETERMINERS.contains(x.lower()) || x.capitalised() || x.possessive()
                    && !SpeakerWords.roleOrGroup(x)) continue;
            if (SpeakerWords.PREPOSITIONS_IN_NAMES.contains(x.lower())) return null;   // "spokesperson for the ministry"
            words.add(x.bare());
        }
        if (words.size() < 2 && group.speaksFor() == null) return null;
        SpeakerRef match = null;
        for (SpeakerRef p : people) {
            if (group.speaksFor() != null && p.speaksFor() != null && !group.speaksFor().equals(p.speaksFor())) continue;
            String role = " " + Lexicon.norm(p.role()).replace("'s", "") + " ";
            boolean all = true;
            for (String w : words) all &= role.contains(" " + w + " ") || LEADERSHIP.contains(w) && leads(role);
            if (!all) continue;
            if (match != null && !match.canonicalName().equals(p.canonicalName())) return null;   // ambiguous
            match = p;
        }
        return match;
    }

}
