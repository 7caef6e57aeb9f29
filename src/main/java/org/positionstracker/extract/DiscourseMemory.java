package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.positionstracker.actor.ActorKind;

/**
 * What one article has established about its speakers so far, for resolving later mentions:
 * <ul>
 * <li>surnames of people named in full ("Yermak" after "Andriy Yermak");</li>
 * <li>pronouns: "he"/"she" go to the most recent person who made a statement in this or the
 *     previous sentence, else to a person named as the subject of a clause of the previous
 *     sentence ("Kline met Ortiz in her office. She said ..." is Kline), else to an older speaker,
 *     else to a person named as the subject of a subordinate clause of the previous sentence
 *     ("The row began after Baxter cut the budget.");
 *     never to an addressee or object; a person already referred to with the other pronoun is
 *     skipped; "they" to the most recent group (else government or organisation);
 *     "it" to the most recent government, organisation or media speaker;</li>
 * <li>definite roles ("the official") to the most recent speaker whose role has that word;</li>
 * <li>one reference per canonical name, so a speaker keeps the role it was first given;</li>
 * <li>documents: who issued the latest document of each kind ("Euroclear said in a statement"
 *     makes Euroclear the issuer of "the statement"); a document whose issuer could not be told
 *     ("a joint statement said") blocks an older issuer of the same kind.</li>
 * </ul>
 */
final class DiscourseMemory {
    private final List<SpeakerRef> speakers = new ArrayList<>();
    private final List<Boolean> salient = new ArrayList<>();
    private final List<Integer> sentenceOf = new ArrayList<>();
    private int sentence;
    private List<SpeakerRef> currentSubjects = new ArrayList<>();
    private List<SpeakerRef> previousSubjects = List.of();
    /** Main-clause person subjects of the last few sentences, newest sentence first: the last resort for "he"/"she". */
    private final java.util.ArrayDeque<List<SpeakerRef>> olderSubjects = new java.util.ArrayDeque<>();
    /** The sentence of each entry of {@link #olderSubjects}, in the same order. */
    private final java.util.ArrayDeque<Integer> olderSubjectSentences = new java.util.ArrayDeque<>();
    private java.util.Set<String> currentSubordinate = new java.util.HashSet<>();
    private java.util.Set<String> previousSubordinate = java.util.Set.of();
    private final Map<String, SpeakerRef> byName = new HashMap<>();
    private final Map<String, SpeakerRef> bySurname = new HashMap<>();
    private final Map<String, String> pronounOf = new HashMap<>();
    private final Map<String, SpeakerRef> issuers = new HashMap<>();
    private final List<SpeakerRef> mentionedPeople = new ArrayList<>();

    /**
     * The reference already used for this canonical name (richer of the two), else {@code ref}. A
     * bare name whose kind was undecided takes the kind a later mention gives it ("Mr. Caldwell").
     */
    SpeakerRef canonical(SpeakerRef ref) {
        String k = Lexicon.norm(ref.canonicalName());
        SpeakerRef known = byName.get(k);
        if (known == null) return ref;
        boolean decides = SpeakerKinds.undecided(known) && !SpeakerKinds.undecided(ref);
        if (decides || (known.role() == null && ref.role() != null) || (known.speaksFor() == null && ref.speaksFor() != null)) {
            SpeakerRef richer = new SpeakerRef(known.canonicalName(), decides ? ref.kind() : known.kind(),
                    known.speaksFor() != null ? known.speaksFor() : ref.speaksFor(),
                    known.role() != null ? known.role() : ref.role(), known.inCodebook());
            byName.put(k, richer);
            return richer;
        }
        return known;
    }

    /** Records that {@code ref} made a statement, referred to with {@code pronoun} (or null). */
    void spoke(SpeakerRef ref, String pronoun, boolean mainClause) {
        String k = Lexicon.norm(ref.canonicalName());
        byName.putIfAbsent(k, ref);
        speakers.add(ref);
        salient.add(mainClause);
        sentenceOf.add(sentence);
        if (SpeakerKinds.mayBePerson(ref)) {
            String[] parts = ref.canonicalName().split(" ");
            if (parts.length > 1 && ref.kind() == ActorKind.PERSON) bySurname.putIfAbsent(Lexicon.norm(parts[parts.length - 1]), ref);
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
        if (ref.role() != null && !byName.containsKey(Lexicon.norm(ref.canonicalName()))) mentionedPeople.add(ref);
        byName.putIfAbsent(Lexicon.norm(ref.canonicalName()), ref);
        bySurname.putIfAbsent(Lexicon.norm(parts[parts.length - 1]), ref);
    }

    /** Starts the next sentence: the subjects recorded so far become the previous sentence's. */
    void nextSentence() {
        sentence++;
        List<SpeakerRef> main = new ArrayList<>();
        for (SpeakerRef r : currentSubjects) if (!currentSubordinate.contains(r.canonicalName())) main.add(r);
        olderSubjects.addFirst(main);
        olderSubjectSentences.addFirst(sentence - 1);
        if (olderSubjects.size() > SUBJECT_REACH) {
            olderSubjects.removeLast();
            olderSubjectSentences.removeLast();
        }
        previousSubjects = currentSubjects;
        currentSubjects = new ArrayList<>();
        previousSubordinate = currentSubordinate;
        currentSubordinate = new java.util.HashSet<>();
    }

    /**
     * A sentence whose subject is "he"/"she" and that names no new subject ("He did not say whether
     * he would sell.") keeps the previous sentence's compatible subjects as its own, so a pronoun in
     * the next sentence still reaches them.
     */
    void pronounSubject(String pronoun) {
        if (!currentSubjects.isEmpty()) return;
        for (SpeakerRef r : previousSubjects) {
            if (!compatible(canonical(r), pronoun)) continue;
            currentSubjects.add(r);
            if (previousSubordinate.contains(r.canonicalName())) currentSubordinate.add(r.canonicalName());
        }
    }

    /**
     * Records a person named as the subject of a clause of the current sentence ("Kline met Ortiz"):
     * of a main clause, or of a subordinate one ("after Baxter cut the budget", "that Baxter lied"),
     * which a pronoun reaches only after the recent speakers.
     */
    void subject(SpeakerRef ref, boolean mainClause) {
        if (ref.kind() != ActorKind.PERSON) return;
        SpeakerRef c = canonical(ref);
        if (mainClause) currentSubordinate.remove(c.canonicalName());
        for (SpeakerRef r : currentSubjects) {
            if (r.canonicalName().equals(c.canonicalName())) return;
        }
        currentSubjects.add(c);
        if (!mainClause) currentSubordinate.add(c.canonicalName());
    }

    /** Records the issuer of the latest document of kind {@code key} ("statement"), or null when it is unknown. */
    void issued(String key, SpeakerRef issuer) {
        issuers.put(key, issuer == null ? null : canonical(issuer));
    }

    /** The issuer of the latest document of kind {@code key}, or null when unknown or none. */
    SpeakerRef issuer(String key) {
        return issuers.get(key);
    }

    /** Every named person of the article with a role: speakers and people merely mentioned with a title, each once. */
    List<SpeakerRef> namedPeopleWithRoles() {
        Map<String, SpeakerRef> out = new java.util.LinkedHashMap<>();
        for (SpeakerRef r : speakers) {
            if (r.kind() == ActorKind.PERSON && r.role() != null) out.putIfAbsent(Lexicon.norm(r.canonicalName()), canonical(r));
        }
        for (SpeakerRef r : mentionedPeople) out.putIfAbsent(Lexicon.norm(r.canonicalName()), canonical(r));
        return new ArrayList<>(out.values());
    }

    private final Map<String, String> looseNames = new HashMap<>();

    /**
     * Records a full personal name seen anywhere in the text ("the well behind Tomás Alvarez's
     * house"), not necessarily as a speaker; a surname shared by two such names is ambiguous.
     */
    void looseName(String fullName) {
        String[] parts = fullName.split(" ");
        if (parts.length < 2) return;
        String k = Lexicon.norm(parts[parts.length - 1]);
        String old = looseNames.get(k);
        if (old == null) looseNames.put(k, fullName);
        else if (!old.isEmpty() && !Lexicon.norm(old).equals(Lexicon.norm(fullName))) looseNames.put(k, "");
    }

    /** The one full name seen in the text with this surname, or null (none, or ambiguous). */
    String looseFullName(String surname) {
        String v = looseNames.get(Lexicon.norm(surname));
        return v == null || v.isEmpty() ? null : v;
    }

    /** A person named in full earlier whose last name is {@code surname}, or null. */
    SpeakerRef bySurname(String surname) {
        return bySurname.get(Lexicon.norm(surname));
    }

    /**
     * he/she: the most recent person who spoke in a main clause (a speaker introduced in a relative
     * clause, "X, who had told ...", is less salient) in this or the previous sentence, else a
     * person named as a clause subject in the previous sentence, else an older such speaker, else
     * any person (a bare name of undecided kind counts as one: {@link SpeakerKinds}); they: the most
     * recent speaker that is not a person; it: the most recent government, organisation or media
     * speaker, or a bare name of undecided kind.
     */
    SpeakerRef pronoun(String pronoun) {
        String p = pronoun.toLowerCase(java.util.Locale.ROOT);
        boolean personal = p.equals("he") || p.equals("she");
        if (!personal && !p.equals("they") && !p.equals("it")) return null;
        for (int pass = 0; pass < 2; pass++) {
            boolean subjectsChecked = !personal || pass > 0;
            for (int i = speakers.size() - 1; i >= 0; i--) {
                SpeakerRef r = speakers.get(i);
                if (!subjectsChecked && sentenceOf.get(i) < sentence - 1) {
                    subjectsChecked = true;
                    SpeakerRef s = subjectOfPreviousSentence(p, false);
                    if (s != null) return s;
                }
                if (pass == 0 && !salient.get(i) && salientBesides(i, p)) continue;
                if (fits(r, p)) return r;
            }
            if (!subjectsChecked) {
                SpeakerRef s = subjectOfPreviousSentence(p, false);
                if (s != null) return s;
            }
            if (personal && pass == 0) {
                SpeakerRef s = subjectOfPreviousSentence(p, true);
                if (s != null) return s;
            }
        }
        if (personal) {             // "Bower supported Kasich. [...] ”I will do that,” she said.": a subject a little further back
            for (List<SpeakerRef> subjects : olderSubjects) {
                for (SpeakerRef r : subjects) {
                    SpeakerRef c = canonical(r);
                    if (compatible(c, p)) return c;
                }
            }
        }
        return null;
    }

    /** Sentences back over which a main-clause subject can still be "he" or "she" when nobody nearer fits. */
    private static final int SUBJECT_REACH = 3;

    /**
     * True when the sentence of speaker {@code i} also has a main-clause speaker who fits the pronoun:
     * "X, who had told ..., said" makes X, not the relative clause's speaker, the antecedent; a
     * relative clause's speaker alone in its sentence ("an interview with Yuri Ushakov, who said")
     * stays one.
     */
    private boolean salientBesides(int i, String p) {
        int sentenceOfI = sentenceOf.get(i);
        for (int j = 0; j < speakers.size(); j++) {
            if (j != i && sentenceOf.get(j) == sentenceOfI && salient.get(j) && fits(speakers.get(j), p)) return true;
        }
        String own = speakers.get(i).canonicalName();
        for (SpeakerRef r : mainSubjectsOf(sentenceOfI)) {      // "He singled out X, who had told ...": he is the one
            if (!canonical(r).canonicalName().equals(own) && fits(canonical(r), p)) return true;
        }
        return false;
    }

    /** The main-clause person subjects recorded for {@code s}, the current or one of the last few sentences. */
    private List<SpeakerRef> mainSubjectsOf(int s) {
        if (s == sentence) {
            List<SpeakerRef> main = new ArrayList<>();
            for (SpeakerRef r : currentSubjects) if (!currentSubordinate.contains(r.canonicalName())) main.add(r);
            return main;
        }
        java.util.Iterator<Integer> at = olderSubjectSentences.iterator();
        for (List<SpeakerRef> subjects : olderSubjects) {
            if (at.next() == s) return subjects;
        }
        return List.of();
    }

    private boolean fits(SpeakerRef r, String p) {
        return switch (p) {
            case "he", "she" -> compatible(r, p);
            case "they" -> !SpeakerKinds.mayBePerson(r);
            case "it" -> r.kind() == ActorKind.GOVERNMENT || r.kind() == ActorKind.ORGANISATION || r.kind() == ActorKind.MEDIA
                    || SpeakerKinds.undecided(r);
            default -> false;
        };
    }

    private SpeakerRef subjectOfPreviousSentence(String p, boolean subordinate) {
        for (SpeakerRef r : previousSubjects) {
            if (!subordinate && previousSubordinate.contains(r.canonicalName())) continue;
            SpeakerRef c = canonical(r);
            if (compatible(c, p)) return c;
        }
        return null;
    }

    private boolean compatible(SpeakerRef r, String p) {
        if (!SpeakerKinds.mayBePerson(r)) return false;
        String known = pronounOf.get(Lexicon.norm(r.canonicalName()));
        if (known == null) known = org.positionstracker.extract.speaker.Gender.honorific(r.role());
        return known == null || known.equals(p);
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

    /**
     * The person a descriptor refers back to ("the Russian leader", "the diplomat", "the head of
     * state"): the most recent person speaker whose role fits {@code descriptor}
     * ({@link RoleDescriptors}) and passes {@code compatible}, within {@code maxBack} speakers; else a
     * fitting person named as a clause subject in the last few sentences; null when a group speaker
     * with that head noun ("a senior official ... the official") is more recent, or nobody fits.
     */
    SpeakerRef byDescriptor(String descriptor, java.util.function.Predicate<SpeakerRef> compatible, int maxBack) {
        String head = descriptor.contains(" ") ? descriptor.substring(0, descriptor.indexOf(' ')) : descriptor;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = speakers.size() - 1; i >= 0; i--) {
            SpeakerRef r = canonical(speakers.get(i));
            String name = Lexicon.norm(r.canonicalName());
            if (seen.add(name) && seen.size() > maxBack) break;
            if (r.kind() == ActorKind.GROUP && (name.equals(head) || name.endsWith(" " + head))) return null;
            if (r.kind() != ActorKind.PERSON) continue;
            if (RoleDescriptors.fits(descriptor, r.role()) && compatible.test(r)) return r;
        }
        return subjectByDescriptor(descriptor, compatible);
    }

    /**
     * A person named as a main-clause subject in this or the last few sentences whose role fits the
     * descriptor ("Volodymyr Zelensky hit back. [...] the Ukrainian leader said"), or null.
     */
    private SpeakerRef subjectByDescriptor(String descriptor, java.util.function.Predicate<SpeakerRef> compatible) {
        List<List<SpeakerRef>> recent = new ArrayList<>();
        recent.add(currentSubjects);
        recent.addAll(olderSubjects);
        for (List<SpeakerRef> subjects : recent) {
            for (SpeakerRef r : subjects) {
                SpeakerRef c = canonical(r);
                if (c.kind() == ActorKind.PERSON && RoleDescriptors.fits(descriptor, c.role()) && compatible.test(c)) return c;
            }
        }
        return null;
    }

    /** The most recent speaker whose role contains {@code roleWord} and every one of {@code modifiers} ("defence"), or null. */
    SpeakerRef byRole(String roleWord, List<String> modifiers) {
        for (int i = speakers.size() - 1; i >= 0; i--) {
            SpeakerRef r = speakers.get(i);
            if (r.kind() != ActorKind.PERSON || r.role() == null) continue;
            String role = " " + Lexicon.norm(r.role()).replace("'s", "") + " ";
            if (!role.contains(" " + roleWord + " ")) continue;
            boolean all = true;
            for (String m : modifiers) all &= role.contains(" " + m + " ");
            if (all) return r;
        }
        return null;
    }
}
