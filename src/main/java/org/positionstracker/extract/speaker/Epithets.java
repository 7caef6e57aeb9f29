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
 * speaker it describes back, among the people (or outlets, for an outlet noun) who spoke within
 * reach (the latest four): the one the article introduced with the description's words ("GOP
 * front-runner Victor Hale"), else the only one, else the latest when its name or role has the
 * description's capitalised modifiers and no other's has; never when the head noun is unlisted, a
 * gender contradicts it ("the actress" is never someone called "he"), or the description names an
 * office and the speaker has a role without it and was not introduced with it ("Gov. Ann Reed" is
 * no "the senator"); otherwise empty.
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
        List<String> words = new ArrayList<>();
        for (int k = p.from() + 1; k <= head; k++) words.add(s.word(k).lower());
        List<SpeakerRef> introduced = seen.stream().filter(r -> introducedAs(text, before, r, words)).toList();
        SpeakerRef latest = introduced.size() == 1 ? introduced.get(0) : seen.get(0);
        if (introduced.size() == 1) seen = List.of(latest);
        else if (introduced.size() > 1) return Optional.empty();
        if (seen.size() > 1 && (modifiers.isEmpty() || !describes(latest, modifiers) || seen.stream().skip(1).anyMatch(r -> describes(r, modifiers))))
            return Optional.empty();
        if (seen.size() == 1 && !modifiers.isEmpty() && !describes(latest, modifiers) && latest.role() != null) return Optional.empty();
        if (introduced.isEmpty() && OFFICES.contains(s.word(head).lower()) && otherRole(latest, words)) return Optional.empty();   // "Gov. Reed" is no "the senator"
        if ((sort == Sort.FEMALE || sort == Sort.MALE) && Gender.contradicts(text, found, count, latest, sort == Sort.FEMALE ? "she" : "he")) return Optional.empty();
        return Optional.of(new ResolvedSpeaker(latest, Phrases.span(s, p)));
    }

    /** Characters either side of a name within which the article may give its description ("GOP front-runner Ann Reed", "Reed, the GOP front-runner,"). */
    private static final int INTRODUCTION = 60;

    /**
     * True when the article, before {@code before}, writes every word of the description near the
     * speaker's last name ("billionaire businessman Victor Hale" for "the billionaire businessman").
     */
    private static boolean introducedAs(String text, int before, SpeakerRef r, List<String> words) {
        String name = r.canonicalName();
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        if (surname.length() < 2) return false;
        for (int at = text.indexOf(surname); at >= 0 && at < before; at = text.indexOf(surname, at + 1)) {
            String near = " " + text.substring(Math.max(0, at - INTRODUCTION), Math.min(before, at + surname.length() + INTRODUCTION))
                    .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}-]+", " ") + " ";
            if (words.stream().allMatch(w -> near.contains(" " + w + " "))) return true;
        }
        return false;
    }

    /** Heads that name an office: a speaker with another role holds another office. */
    private static final java.util.Set<String> OFFICES = Lexicons.words(Lexicons.DIR + "speaker-epithets-offices.txt");

    /** Abbreviated titles and the nouns a description may use for them. */
    private static final java.util.Map<String, String> TITLE_NOUNS = java.util.Map.of("sen.", "senator", "gov.", "governor",
            "rep.", "congressman", "gen.", "general", "adm.", "admiral", "pres.", "president");

    /**
     * True when the speaker has a role and no word of the description is in it ("Rev." for "the
     * businessman"); a role word abbreviated ("Sen.") counts as its noun ("senator").
     */
    private static boolean otherRole(SpeakerRef r, List<String> words) {
        if (r.role() == null || r.role().isBlank()) return false;
        StringBuilder role = new StringBuilder(" ");
        for (String w : r.role().toLowerCase(Locale.ROOT).split("[\\s,]+")) role.append(TITLE_NOUNS.getOrDefault(w, w)).append(' ');
        return words.stream().noneMatch(w -> role.indexOf(" " + w + " ") >= 0);
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
