package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.Codebook;

/**
 * What one article has established about its speakers so far, for resolving later mentions:
 * <ul>
 * <li>surnames of people named in full ("Yermak" after "Andriy Yermak");</li>
 * <li>pronouns: "he"/"she" go to the most recent person who made a statement (never an addressee
 *     or a person merely mentioned, who are not recorded), skipping a person already referred to
 *     with the other pronoun; "they" to the most recent group (else government or organisation);
 *     "it" to the most recent government, organisation or media speaker;</li>
 * <li>definite roles ("the official") to the most recent speaker whose role has that word;</li>
 * <li>one reference per canonical name, so a speaker keeps the role it was first given.</li>
 * </ul>
 */
final class DiscourseMemory {
    private final List<SpeakerRef> speakers = new ArrayList<>();
    private final List<Boolean> salient = new ArrayList<>();
    private final Map<String, SpeakerRef> byName = new HashMap<>();
    private final Map<String, SpeakerRef> bySurname = new HashMap<>();
    private final Map<String, String> pronounOf = new HashMap<>();

    /** The reference already used for this canonical name (richer of the two), else {@code ref}. */
    SpeakerRef canonical(SpeakerRef ref) {
        String k = Codebook.key(ref.canonicalName());
        SpeakerRef known = byName.get(k);
        if (known == null) return ref;
        if ((known.role() == null && ref.role() != null) || (known.speaksFor() == null && ref.speaksFor() != null)) {
            SpeakerRef richer = new SpeakerRef(known.canonicalName(), known.kind(),
                    known.speaksFor() != null ? known.speaksFor() : ref.speaksFor(),
                    known.role() != null ? known.role() : ref.role(), known.inCodebook());
            byName.put(k, richer);
            return richer;
        }
        return known;
    }

    /** Records that {@code ref} made a statement, referred to with {@code pronoun} (or null). */
    void spoke(SpeakerRef ref, String pronoun, boolean mainClause) {
        String k = Codebook.key(ref.canonicalName());
        byName.putIfAbsent(k, ref);
        speakers.add(ref);
        salient.add(mainClause);
        if (ref.kind() == ActorKind.PERSON) {
            String[] parts = ref.canonicalName().split(" ");
            if (parts.length > 1) bySurname.putIfAbsent(Codebook.key(parts[parts.length - 1]), ref);
            if (pronoun != null && (pronoun.equals("he") || pronoun.equals("she"))) pronounOf.put(k, pronoun);
        }
    }

    /**
     * Records a person named in full without making a statement ("Economist Rana Haddad put it
     * bluntly"), so that a later surname-only mention resolves to the full name. Such a person is
     * not a pronoun antecedent.
     */
    void mentioned(SpeakerRef ref) {
        if (ref.kind() != ActorKind.PERSON) return;
        String[] parts = ref.canonicalName().split(" ");
        if (parts.length < 2) return;
        byName.putIfAbsent(Codebook.key(ref.canonicalName()), ref);
        bySurname.putIfAbsent(Codebook.key(parts[parts.length - 1]), ref);
    }

    /** A person named in full earlier whose last name is {@code surname}, or null. */
    SpeakerRef bySurname(String surname) {
        return bySurname.get(Codebook.key(surname));
    }

    /**
     * he/she: the most recent person who spoke in a main clause (a speaker introduced in a relative
     * clause, "X, who had told ...", is less salient), else any person; they: the most recent
     * speaker that is not a person; it: the most recent government, organisation or media speaker.
     */
    SpeakerRef pronoun(String pronoun) {
        String p = pronoun.toLowerCase(java.util.Locale.ROOT);
        for (int pass = 0; pass < 2; pass++) {
            for (int i = speakers.size() - 1; i >= 0; i--) {
                SpeakerRef r = speakers.get(i);
                if (pass == 0 && !salient.get(i)) continue;
                switch (p) {
                    case "he", "she" -> {
                        if (r.kind() != ActorKind.PERSON) continue;
                        String known = pronounOf.get(Codebook.key(r.canonicalName()));
                        if (known != null && !known.equals(p)) continue;
                        return r;
                    }
                    case "they" -> {
                        if (r.kind() != ActorKind.PERSON) return r;
                    }
                    case "it" -> {
                        if (r.kind() == ActorKind.GOVERNMENT || r.kind() == ActorKind.ORGANISATION || r.kind() == ActorKind.MEDIA) return r;
                    }
                    default -> {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** The most recent group speaker whose name ends with the plural {@code head} ("the officials"), or null. */
    SpeakerRef byGroupHead(String head) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            SpeakerRef r = speakers.get(i);
            String name = r.canonicalName().toLowerCase(java.util.Locale.ROOT);
            if (r.kind() == ActorKind.GROUP && (name.equals(head) || name.endsWith(" " + head) || name.startsWith(head + " "))) return r;
        }
        return null;
    }

    /** The most recent speaker whose role contains {@code roleWord}, or null. */
    SpeakerRef byRole(String roleWord) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            SpeakerRef r = speakers.get(i);
            if (r.kind() == ActorKind.PERSON && r.role() != null
                    && (" " + r.role().toLowerCase(java.util.Locale.ROOT) + " ").contains(" " + roleWord + " ")) return r;
        }
        return null;
    }
}
