package org.positionstracker.extract.speaker;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * A phrase describing people without naming them is a GROUP named by the phrase without its
 * determiners and quantifiers: a plural head noun for people ("Some advocates for clean energy" is
 * "advocates for clean energy", "Trump fans", "Republican establishment figures"), or an
 * indefinite singular one ("a person familiar with the talks", "one longtime friend": an unnamed
 * source); empty for anything else.
 */
public final class DescribedGroups {
    private static final Set<String> PLURALS = new HashSet<>();
    private static final Set<String> SINGULARS = new HashSet<>();
    private static final Set<String> INDEFINITE = Lexicons.words(Lexicons.DIR + "speaker-described-groups-indefinite.txt");
    /** Plural heads written with a capital as names of parties ("Democrats"): never lower-cased. */
    private static final Set<String> PROPER = Lexicons.words(Phrases.DIR + "speaker-proper-plurals.txt");

    static {
        PLURALS.addAll(Lexicons.words("/org/positionstracker/extract/group-nouns.txt"));
        PLURALS.addAll(Lexicons.words(Phrases.DIR + "speaker-person-plurals.txt"));
        PLURALS.addAll(PROPER);
        SINGULARS.addAll(Lexicons.words("/org/positionstracker/extract/role-nouns.txt"));
        SINGULARS.addAll(Lexicons.words(Phrases.DIR + "speaker-person-singulars.txt"));
    }

    private DescribedGroups() {
    }

    public static Optional<ResolvedSpeaker> resolve(DocSentence s, TokenSpan p) {
        int head = Phrases.head(s, p);
        String h = s.word(head).lower();
        boolean indefinite = INDEFINITE.contains(s.word(p.from()).lower());
        if (!PLURALS.contains(h) && !(indefinite && SINGULARS.contains(h))) return Optional.empty();
        if (!s.word(p.from()).capitalised() && s.word(p.from()).lower().endsWith("ing")) return Optional.empty();   // "echoing some critics": no subject
        int from = indefinite && !PLURALS.contains(h) ? p.from() + 1 : Phrases.afterQuantifiers(s, p);     // "a number of attendees": "attendees"
        for (int k = p.from(); k <= head; k++) {
            Word w = s.word(k);
            // "his attorneys" names no group a reader could find again; a quoted or cut phrase is no description
            if (Phrases.POSSESSIVES.containsKey(w.lower()) || !w.word() && !w.is("'s")) return Optional.empty();
        }
        String name = Phrases.text(s, from, p.to());
        if (from == 0 && s.word(0).capitalised() && !PROPER.contains(s.word(0).lower()) && head == 0) {
            name = Character.toLowerCase(name.charAt(0)) + name.substring(1);    // "Supporters of ..." opens the sentence
        }
        return Optional.of(new ResolvedSpeaker(new SpeakerRef(name, ActorKind.GROUP, null, null, false), Phrases.span(s, p)));
    }
}
