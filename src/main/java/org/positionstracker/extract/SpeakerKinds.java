package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.positionstracker.actor.ActorKind;

/**
 * The kind of a speaker named by a bare unknown word ("Eurofer said", "Caldwell said") is left
 * undecided while the article is read, so that a later "he" or "she" can still refer to it; once
 * every statement is attributed, the article's own evidence decides it: a person when a statement
 * reached it through "he"/"she" or another mention gave it a person's kind ("Mr. Caldwell"), an
 * organisation otherwise (news introduces a person by full name or title, so a bare unknown word
 * that never becomes "he" or "she" is a body: "Eurofer", "Greenpeace").
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
