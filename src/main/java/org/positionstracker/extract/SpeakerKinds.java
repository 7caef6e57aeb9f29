package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.positionstracker.actor.ActorKind;

/**
 * The kind of a speaker named by a bare unknown word ("Eurofer said", "Caldwell said") is left
 * undecided while the article is read, so that a later "he" or "she" can still refer to it. Once
 * every statement is attributed, the article's own evidence decides it: a person when a statement
 * reached it through "he"/"she", when another mention gave it a person's kind, or when the text
 * writes it after a title or first name anywhere ("Mr. Caldwell", "Ann Caldwell"); an
 * organisation otherwise. News introduces a person by full name or title, so a bare unknown word
 * that never becomes "he" or "she" is a body ("Eurofer", "Greenpeace").
 */
public final class SpeakerKinds {
    private SpeakerKinds() {
    }

    /** True for a discovered speaker whose kind the article has not decided yet. */
    public static boolean undecided(SpeakerRef ref) {
        return ref != null && ref.kind() == ActorKind.OTHER && !ref.inCodebook();
    }

    /** True when "he" or "she" may refer to the speaker: a person, or a bare name not yet decided. */
    public static boolean mayBePerson(SpeakerRef ref) {
        return ref.kind() == ActorKind.PERSON || undecided(ref);
    }

    /** The statements with every undecided speaker given its kind ({@code text} is the article the mentions index). */
    public static List<ExtractedStatement> settle(String text, List<ExtractedStatement> statements) {
        Map<String, ActorKind> decided = new HashMap<>();
        boolean any = false;
        for (ExtractedStatement st : statements) {
            SpeakerRef r = st.speaker();
            if (r == null || r.inCodebook()) continue;
            any |= undecided(r);
            ActorKind kind = undecided(r) ? pronounKind(text, st.speakerMention()) : r.kind();
            if (kind != null) decided.merge(Lexicon.norm(r.canonicalName()), kind, (was, now) -> now == ActorKind.PERSON ? now : was);
        }
        if (!any) return statements;
        List<Token> words = null;
        for (ExtractedStatement st : statements) {
            SpeakerRef r = st.speaker();
            if (!undecided(r) || decided.get(Lexicon.norm(r.canonicalName())) == ActorKind.PERSON) continue;
            if (words == null) words = WordTokenizer.tokenize(text, 0, text.length());
            if (namedAsPerson(words, r.canonicalName())) decided.put(Lexicon.norm(r.canonicalName()), ActorKind.PERSON);
        }
        List<ExtractedStatement> out = new ArrayList<>(statements.size());
        for (ExtractedStatement st : statements) {
            SpeakerRef r = st.speaker();
            if (!undecided(r)) {
                out.add(st);
                continue;
            }
            ActorKind kind = decided.getOrDefault(Lexicon.norm(r.canonicalName()), ActorKind.ORGANISATION);
            SpeakerRef settled = new SpeakerRef(r.canonicalName(), kind, r.speaksFor(), r.role(), false);
            out.add(new ExtractedStatement(st.sentenceNumber(), st.mode(), st.content(), st.text(), settled, st.speakerMention(),
                    st.cue(), st.topics(), st.rule()));
        }
        return out;
    }

    /**
     * True when the article writes the bare name after a title or a first name somewhere ("Sen.
     * Cornyn", "Senate Majority Whip John Cornyn"): a first name is a capitalised word that is no
     * function word, title, organisation, outlet, group, place or demonym, and that the tagger
     * takes for a proper noun ("Meanwhile Cornyn" is not a name).
     */
    private static boolean namedAsPerson(List<Token> words, String name) {
        for (int k = 1; k < words.size(); k++) {
            Token x = words.get(k);
            if (!x.word() || !x.bareText().equals(name)) continue;
            Token p = words.get(k - 1);
            if (!p.word() || !p.capitalised() || p.possessive() || p.end() + 1 < x.start()) continue;
            if (SpeakerWords.TITLES.contains(p.lower()) || SpeakerWords.TITLES.contains(p.bare())) return true;
            String w = p.bare();
            if (SpeakerWords.FUNCTION.contains(w) || SpeakerWords.titleOrRole(p) || SpeakerWords.roleOrGroup(p)
                    || SpeakerWords.organisationWord(p) || SpeakerWords.MEDIA.contains(w) || ActorIndex.country(p.text()) != null
                    || ActorIndex.countryDemonym(p.text())) continue;
            if (SpeakerResolver.properNounAt(words, k - 1)) return true;
        }
        return false;
    }

    /** PERSON for a mention "he"/"she", ORGANISATION for "it", else null. */
    private static ActorKind pronounKind(String text, TextSpan mention) {
        if (mention == null || mention.end() > text.length()) return null;
        return switch (mention.coveredText(text).toLowerCase(Locale.ROOT)) {
            case "he", "she" -> ActorKind.PERSON;
            case "it" -> ActorKind.ORGANISATION;
            default -> null;
        };
    }
}
