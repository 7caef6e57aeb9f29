package org.positionstracker.extract.speaker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * A definite description ("the billionaire businessman", "the actress", "the newspaper") is the
 * speaker it describes back: the one person (or outlet, for an outlet noun) who spoke in the last
 * statements within reach, when the head noun is listed, no gender contradicts it ("the actress"
 * is never someone called "he"), and its capitalised modifiers ("the Democratic front-runner")
 * are in that speaker's name or role whenever another person spoke in between; otherwise empty.
 */
public final class Epithets {
    /** About three paragraphs, as for pronouns. */
    static final int REACH = 1_500;
    /** How many attributed statements back a description may look for the one person it describes. */
    private static final int WINDOW = 4;

    private enum Sort { PERSON, FEMALE, MALE, MEDIA }

    private static final Map<String, Sort> HEADS = heads();

    private Epithets() {
    }

    private static Map<String, Sort> heads() {
        Map<String, Sort> out = new HashMap<>();
        for (String line : Lexicons.lines(Phrases.DIR + "speaker-epithet-nouns.txt")) {
            String[] w = line.toLowerCase(Locale.ROOT).split("\\s+");
            Sort sort = w.length < 2 ? Sort.PERSON : switch (w[1]) {
                case "f" -> Sort.FEMALE;
                case "m" -> Sort.MALE;
                case "media" -> Sort.MEDIA;
                default -> throw new IllegalStateException("speaker-epithet-nouns.txt: unknown tag '" + w[1] + "' (expected f, m or media)");
            };
            out.put(w[0], sort);
        }
        return Map.copyOf(out);
    }

    /** The speaker the description {@code p} of article {@code text} refers back to among the first {@code count} statements of {@code found}. */
    public static Optional<ResolvedSpeaker> resolve(String text, List<ExtractedStatement> found, int count, DocSentence s, TokenSpan p) {
        if (!s.word(p.from()).is("the") || p.size() < 2) return Optional.empty();
        int head = Phrases.head(s, p);
        Sort sort = HEADS.get(s.word(head).lower());
        if (sort == null || head != p.to() - 1) return Optional.empty();     // "the actress who ...": a new person, described
        List<String> modifiers = new ArrayList<>();
        for (int k = p.from() + 1; k < head; k++) {
            Word w = s.word(k);
            if (!w.word() || Phrases.POSSESSIVES.containsKey(w.lower())) return Optional.empty();     // "the senator's aide"
            if (w.capitalised()) modifiers.add(w.lower());
        }
        int before = s.word(p.from()).span().start();
        List<SpeakerRef> seen = new ArrayList<>();
        for (int i = count - 1; i >= 0 && seen.size() < WINDOW; i--) {
            ExtractedStatement st = found.get(i);
            if (before - st.content().end() > REACH) break;
            SpeakerRef r = st.speaker();
            if (r != null && fitsSort(r, sort) && !seen.contains(r)) seen.add(r);
        }
        if (seen.isEmpty()) return Optional.empty();
        SpeakerRef latest = seen.get(0);
        if (seen.size() > 1 && (modifiers.isEmpty() || !describes(latest, modifiers) || seen.stream().skip(1).anyMatch(r -> describes(r, modifiers))))
            return Optional.empty();
        if (seen.size() == 1 && !modifiers.isEmpty() && !describes(latest, modifiers) && latest.role() != null) return Optional.empty();
        if ((sort == Sort.FEMALE || sort == Sort.MALE) && Gender.contradicts(text, found, count, latest, sort == Sort.FEMALE ? "she" : "he")) return Optional.empty();
        return Optional.of(new ResolvedSpeaker(latest, Phrases.span(s, p)));
    }

    private static boolean fitsSort(SpeakerRef r, Sort sort) {
        return sort == Sort.MEDIA ? r.kind() == ActorKind.MEDIA : r.kind() == ActorKind.PERSON;
    }

    /** Every capitalised modifier is a word of the speaker's name or role. */
    private static boolean describes(SpeakerRef r, List<String> modifiers) {
        String words = " " + (r.canonicalName() + " " + (r.role() == null ? "" : r.role())).toLowerCase(Locale.ROOT) + " ";
        return modifiers.stream().allMatch(m -> words.contains(" " + m + " "));
    }
}
