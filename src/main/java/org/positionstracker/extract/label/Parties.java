package org.positionstracker.extract.label;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * The parties of the codebook and the side each name stands for (a person for the government it
 * speaks for), to tell the speaker's own positions from another party's that the speaker reports
 * ("Russia's territorial claims", said by Kyiv).
 */
final class Parties {
    private static final Set<String> NOT_OWNERS = Lexicons.words(Lexicons.DIR + "label-parties-not-owners.txt");
    private static final Set<String> DEFINITE = Lexicons.words(Lexicons.DIR + "label-parties-definite.txt");
    /** Every codebook actor name, alias and demonym (key form) -> the actor at the top of its speaks-for chain. */
    private final Map<String, String> sides = new HashMap<>();

    Parties(Codebook codebook) {
        for (ActorEntry a : codebook.actors()) {
            String root = root(codebook, a);
            sides.put(Codebook.key(a.name()), root);
            for (String alias : a.aliases()) sides.putIfAbsent(Codebook.key(alias), root);
            for (String demonym : a.demonyms()) sides.putIfAbsent(Codebook.key(demonym), root);
        }
    }

    static String root(Codebook codebook, ActorEntry a) {
        ActorEntry at = a;
        for (int hops = 0; at.speaksFor() != null && hops < 5; hops++) {
            ActorEntry up = codebook.actor(at.speaksFor()).orElse(null);
            if (up == null) break;
            at = up;
        }
        return Codebook.key(at.name());
    }

    /**
     * The clause's subject is a codebook party other than the speaker's side ("Russia had violated
     * the truce", said by Kyiv): the frame reports what that party did or wants, not the speaker's stance.
     */
    boolean otherPartyActs(List<Word> w, int clauseStart, int at, String side) {
        int k = clauseStart;
        if (k < at && w.get(k).is("that")) k++;
        if (k < at && w.get(k).is("the")) k++;
        if (k >= at || !w.get(k).capitalised()) return false;
        String party = null;
        for (int e = Math.min(at, k + 3); e > k && party == null; e--) {
            if (w.get(e - 1).possessive()) continue;       // "Ukraine's neutrality": the party owns the subject, it is not it
            StringBuilder b = new StringBuilder();
            for (int m = k; m < e; m++) b.append(m > k ? " " : "").append(w.get(m).text());
            party = sides.get(Codebook.key(b.toString()));
        }
        return party != null && side != null && !party.equals(side);
    }

    /** "demands from Paris", "rejected by the council": the party after from/by owns the noun cue, unless it is the speaker's side. */
    boolean agentIsOther(List<Word> w, int at, int to, String side) {
        if (at + 1 >= to || !(w.get(at).is("from") || w.get(at).is("by"))) return false;
        int k = at + 1;
        if (w.get(k).is("the") && k + 1 < to) k++;
        if (!w.get(k).capitalised()) return false;
        String party = sides.get(Codebook.key(w.get(k).text()));
        return party == null || side == null || !party.equals(side);
    }

    /** A possessive party right before a frame that is not the speaker's side ("Russia's territorial claims", said by Kyiv). */
    boolean foreignOwner(List<Word> w, int from, int at, String side) {
        return at - 1 >= from && ownedByOther(w, from, at, side);
    }

    /** The noun at word {@code at} is owned by a possessive party (over up to two modifiers) other than the speaker's side. */
    boolean ownedByOther(List<Word> w, int from, int at, String side) {
        int k = at - 1;
        for (int skipped = 0; k >= from && skipped < 2 && w.get(k).word() && !w.get(k).capitalised() && !w.get(k).possessive()
                && !w.get(k).isAny(DEFINITE); skipped++) k--;
        if (k < from || !w.get(k).possessive()) return false;
        String owner = w.get(k).lower().substring(0, w.get(k).lower().length() - 2);
        if (NOT_OWNERS.contains(owner)) return false;
        String ownerSide = sides.get(Codebook.key(owner));
        return ownerSide == null || side == null || !ownerSide.equals(side);
    }

    /** The codebook actor at the top of the speaker's speaks-for chain (key form), or null. */
    String speakerSide(SpeakerRef speaker) {
        if (speaker == null) return null;
        if (speaker.speaksFor() != null) {
            String s = sides.get(Codebook.key(speaker.speaksFor()));
            return s != null ? s : Codebook.key(speaker.speaksFor());
        }
        return sides.get(Codebook.key(speaker.canonicalName()));
    }
}
