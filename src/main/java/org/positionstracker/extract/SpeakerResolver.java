package org.positionstracker.extract;

import java.util.List;
import java.util.Locale;
import opennlp.tools.postag.POSTaggerME;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.ActorEntry;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * Turns a speaker phrase into an actor reference.
 * <ol>
 * <li>The whole phrase as a codebook name or alias ("the Kremlin", "Kyiv" -> Russia, Ukraine),
 *     a listed country or capital (government), or a news outlet (media).</li>
 * <li>A capitalised run at the end of the phrase is a name; titles and demonyms at its start
 *     ("Russian President") and the lower-case words before it ("senior Ukrainian official")
 *     are the role, as written. A name with an organisation word ("Ministry", "Party") is an
 *     organisation; a codebook alias maps to the codebook actor; a single word that is the
 *     surname of someone named earlier is that person; otherwise a person.</li>
 * <li>Without a name, a plural group noun makes a GROUP named by the phrase ("analysts",
 *     "officials in Kyiv", "Ukrainian officials"); a singular role noun ("a spokesperson",
 *     "the official") is the earlier speaker with that role when definite, else a GROUP; an
 *     organisation noun ("the ministry") an organisation.</li>
 * </ol>
 * speaksFor comes from the codebook entry, else from a demonym, possessive or place in the
 * phrase or its appositive ("Ukrainian", "EU's", "in Kyiv"). The POS tagger is consulted only for
 * an unknown capitalised word at the start of a sentence, to drop words that are not proper
 * nouns ("Separately Jane Doe said").
 */
final class SpeakerResolver {

    record Resolved(SpeakerRef ref, TextSpan mention) {
    }

    private static final java.util.Set<String> GOVERNING_BODIES = Lexicons.words(Lexicons.DIR + "verb-speaker-resolver-governing-bodies.txt");

    /** One-word phrases that never name an actor ("I", "we", "When"): the list extract/speaker reads too. */
    private static final java.util.Set<String> NON_NAMES = org.positionstracker.extract.lexicon.Lexicons.words(
            "/org/positionstracker/extract/lexicon/speaker-non-names.txt");

    private final ActorIndex index;

    SpeakerResolver(ActorIndex index) {
        this.index = index;
    }

    /**
     * Resolves tokens [from, to) as a speaker, with an optional appositive role phrase [appFrom, appTo)
     * (pass -1 when none).
     */
    Resolved resolve(List<Token> t, int from, int to, int appFrom, int appTo, DiscourseMemory memory) {
        if (from < 0 || to <= from || to > t.size()) return null;
        if (to - from == 1 && NON_NAMES.contains(t.get(from).lower())) return null;   // the writer, the reader, a function word: no actor
        int s = from;
        String det = null;
        while (s < to && SpeakerWords.DETERMINERS.contains(t.get(s).lower())) {
            det = t.get(s).lower();
            s++;
        }
        if (s >= to) return null;
        TextSpan mention = new TextSpan(t.get(from).start(), t.get(to - 1).end());
        String appositive = appFrom >= 0 ? roleText(t, skipDeterminers(t, appFrom, appTo), appTo) : null;
        String whole = join(t, s, to, false);
        String withThe = "the".equals(det) ? "the " + whole : whole;

        ActorEntry entry = index.actor(withThe);
        if (entry == null) entry = index.actor(whole);
        if (entry != null) return new Resolved(memory.canonical(ActorIndex.ref(entry, appositive)), mention);
        String country = ActorIndex.country(whole);
        if (country != null && to - s <= 3) {
            return new Resolved(memory.canonical(new SpeakerRef(country, ActorKind.GOVERNMENT, null, appositive, false)), mention);
        }
        if (SpeakerWords.MEDIA.contains(Lexicon.norm(whole)) || SpeakerWords.MEDIA.contains(Lexicon.norm(withThe))) {
            String name = SpeakerWords.MEDIA.contains(Lexicon.norm(whole)) ? whole : "The " + whole;    // "the Hill" is "The Hill", as listed
            return new Resolved(memory.canonical(new SpeakerRef(name, ActorKind.MEDIA, null, appositive, false)), mention);
        }

        // "Ukraine's delegation", "the Belgian government": the country itself
        if (to - s == 2 && GOVERNING_BODIES.contains(t.get(to - 1).bare())) {
            SpeakerRef place = index.placeOf(t.get(s).text());
            if (place != null) return new Resolved(memory.canonical(place), mention);
        }
        // split off a prepositional tail that belongs to a lower-case head: "officials in Kyiv"
        int coreEnd = to;
        int plainFrom = to;               // "Special Envoy for Sudan Thomas Reilly": a personal name ends the phrase
        while (plainFrom > s && to - plainFrom < 3 && plainNameWord(t.get(plainFrom - 1))) plainFrom--;
        boolean endsWithName = to - plainFrom >= 2 && plainFrom > s + 1 && t.get(plainFrom - 1).capitalised();
        for (int k = s + 1; k < to - 1 && !endsWithName; k++) {
            Token left = t.get(k - 1);
            if (SpeakerWords.PREPOSITIONS_IN_NAMES.contains(t.get(k).lower()) && SpeakerWords.roleOrGroup(left)
                    && !(left.capitalised() && t.get(k).is("of"))) {
                coreEnd = k;
                break;
            }
        }
        // capitalised name run at the end of the core
        int runStart = coreEnd;
        if (coreEnd == to) {
            int k = coreEnd - 1;
            int passed = 0;               // particles passed since the last name word: "von der" in "Ursula von der Leyen"
            while (k >= s) {
                Token x = t.get(k);
                boolean particle = SpeakerWords.PARTICLES.contains(x.lower());
                if (SpeakerWords.nameLike(x) && !SpeakerWords.GROUPS.contains(x.bare())) {
                    runStart = k;
                    passed = 0;
                    k--;
                } else if (k > s && k < coreEnd - 1 && runStart == k + 1 + passed
                        && (passed == 0 && (x.is("of") || x.is("for") || x.is("and") || x.is("the")) && SpeakerWords.nameLike(t.get(k - 1))
                        || particle && passed < 2 && (SpeakerWords.nameLike(t.get(k - 1))
                        || passed == 0 && SpeakerWords.PARTICLES.contains(t.get(k - 1).lower())))) {
                    passed++;
                    k--;
                } else {
                    break;
                }
            }
        }
        if (runStart < coreEnd) {
            Resolved named = named(t, s, runStart, coreEnd, det, appositive, mention, memory);
            if (named != null) return named;
        }
        return common(t, s, coreEnd, to, det, appositive, mention, memory);
    }

    private Resolved named(List<Token> t, int s, int runStart, int end, String det, String appositive,
                           TextSpan mention, DiscourseMemory memory) {
        int titled = runStart;        // after the last title word that has a name after it: "Senate Majority Leader Roger Haskell"
        for (int k = runStart; k < end - 1; k++) {
            Token x = t.get(k);
            if (SpeakerWords.TITLES.contains(x.lower()) || SpeakerWords.TITLES.contains(x.bare())
                    || SpeakerWords.ROLES.contains(x.bare())) titled = k + 1;
        }
        boolean organisation = false;
        boolean medium = false;
        for (int k = runStart; k < end; k++) {
            if (SpeakerWords.organisationWord(t.get(k))) organisation = true;
            if (SpeakerWords.MEDIA_HEADS.contains(t.get(k).bare())) medium = true;
        }
        if (organisation && titled > runStart && personalName(t, titled, end)) organisation = false;
        for (int k = runStart + 2; k < end - 1 && organisation; k++) {       // "Meenakshi Ganguly of Human Rights Watch"
            if ((t.get(k).is("of") || t.get(k).is("at") || t.get(k).is("from")) && personalName(t, runStart, k)) organisation = false;
        }
        String run = join(t, runStart, end, true);
        if (organisation) {
            ActorEntry e = index.actor(run);
            if (e != null) return new Resolved(memory.canonical(ActorIndex.ref(e, appositive)), mention);
            String role = s < runStart ? roleText(t, s, runStart) : appositive;
            String speaksFor = speaksFor(t, s, end, appositive);
            ActorKind kind = medium ? ActorKind.MEDIA : ActorKind.ORGANISATION;
            return new Resolved(memory.canonical(new SpeakerRef(run, kind, speaksFor, role, false)), mention);
        }
        // titles and demonyms at the start of the run belong to the role
        int nameStart = runStart;
        for (int k = runStart; k < end - 1; k++) {
            Token x = t.get(k);
            if (SpeakerWords.TITLES.contains(x.lower()) || SpeakerWords.TITLES.contains(x.bare())
                    || SpeakerWords.ROLES.contains(x.bare()) || isDemonym(x) || x.possessive()) nameStart = k + 1;   // "Hungary's Viktor Orban"
            else if (nameStart == k && k > runStart && (x.is("for") || x.is("of") || x.is("to"))) nameStart = k + 1;
            else if (nameStart == k && k > runStart && (t.get(k - 1).is("for") || t.get(k - 1).is("of") || t.get(k - 1).is("to"))
                    && (index.placeOf(x.bareText()) != null || k + 2 < end && plainNameWord(t.get(k + 1)))) nameStart = k + 1;
        }
        // an unknown sentence-initial word that is not a proper noun is part of neither the name nor the role
        if (nameStart == 0 && end - nameStart >= 2 && !known(t.get(0)) && !initial(t.get(1)) && !properNoun(t, 0)) {
            nameStart = 1;
            s = Math.max(s, nameStart);
        }
        String affiliation = null;       // "Orysia Lutsevych of Chatham House": the person, and where she works
        for (int k = nameStart + 2; k < end - 1; k++) {
            if ((t.get(k).is("of") || t.get(k).is("at") || t.get(k).is("from")) && personalName(t, nameStart, k)) {
                affiliation = join(t, k + 1, end, false);
                end = k;
                break;
            }
        }
        String name = join(t, nameStart, end, true);
        String role = s < nameStart ? roleText(t, s, nameStart) : appositive;
        if (role != null && nameStart - s == 1 && t.get(s).possessive()) role = appositive;     // "Hungary's": a place, not a role
        if (affiliation != null) role = role == null ? affiliation : role + ", " + affiliation;
        if (role != null && appositive != null && !role.equals(appositive)) role = role + ", " + appositive;

        ActorEntry e = index.actor(name);
        if (e == null && nameStart > runStart) e = index.actor(join(t, runStart, end, true));
        if (e != null) return new Resolved(memory.canonical(ActorIndex.ref(e, role)), mention);
        if (SpeakerWords.MEDIA.contains(Lexicon.norm(name))) {
            return new Resolved(memory.canonical(new SpeakerRef(name, ActorKind.MEDIA, null, role, false)), mention);
        }
        String country = ActorIndex.country(name);
        if (country != null) {
            return new Resolved(memory.canonical(new SpeakerRef(country, ActorKind.GOVERNMENT, null, role, false)), mention);
        }
        if (end - nameStart == 1) {
            SpeakerRef earlier = memory.bySurname(name);
            if (earlier != null) return new Resolved(earlier, mention);
            String full = memory.looseFullName(name);
            if (full != null && !isDemonym(t.get(nameStart)) && !SpeakerWords.FUNCTION.contains(Lexicon.norm(full.substring(0, full.indexOf(' '))))) {
                return new Resolved(memory.canonical(new SpeakerRef(full, ActorKind.PERSON, speaksFor(t, s, nameStart, appositive),
                        role, false)), mention);
            }
            if (isDemonym(t.get(nameStart))) return null;
        }
        String speaksFor = speaksFor(t, s, nameStart, appositive);
        ActorKind kind = kindOfName(t, s, runStart, nameStart, end, det, appositive);
        return new Resolved(memory.canonical(new SpeakerRef(name, kind, speaksFor, role, false)), mention);
    }

    /**
     * The kind of a name that is not in the codebook, from the name and the words around it. A
     * person: a title before the name ("Councillor", "Mr."), a role noun before it ("pollster Ann
     * Lee") or in the appositive ("Caldwell, a retired teacher,"), "who" after it; or, failing other
     * evidence, a name of two words or more (first name and surname) or a common given name
     * ("Isabelle"). An outlet: a name ending in an outlet word ("the Northbridge Gazette"). An
     * organisation: an organisation noun before a bare name or in the appositive ("steel lobby
     * Eurofer", "Eurofer, the steel lobby,"), "which" after it, "the" before it ("the Brookhaven"),
     * or an acronym in it. A single unknown word with none of these is undecided
     * ({@link SpeakerKinds}): the rest of the article tells.
     */
    private ActorKind kindOfName(List<Token> t, int s, int runStart, int nameStart, int end, String det, String appositive) {
        boolean titled = false;
        for (int k = runStart; k < nameStart; k++) titled |= SpeakerWords.titleOrRole(t.get(k));
        if (titled) return ActorKind.PERSON;
        boolean definite = "the".equals(det) && s == runStart;
        for (int k = runStart; k < end - 1; k++) definite &= !t.get(k).possessive();    // "the Washington Post's Ann Lee"
        String last = t.get(end - 1).bare();
        if (SpeakerWords.MEDIA_HEADS.contains(last) || definite && SpeakerWords.MEDIA_HEADS_AFTER_THE.contains(last)) return ActorKind.MEDIA;
        if (s < runStart) {                     // "steel lobby Eurofer"; before a full name it is a role ("Port Authority spokesperson")
            ActorKind before = SpeakerWords.kindOfHead(t.get(runStart - 1));
            if (before == ActorKind.PERSON || before != null && end - nameStart == 1) return before;
        }
        if (appositive != null) {
            ActorKind apposed = appositiveKind(appositive);
            if (apposed != null) return apposed;
        }
        if (end + 1 < t.size() && t.get(end).isPunct(',')) {
            if (t.get(end + 1).is("who")) return ActorKind.PERSON;
            if (t.get(end + 1).is("which")) return ActorKind.ORGANISATION;
        }
        if (definite) return ActorKind.ORGANISATION;
        for (int k = nameStart; k < end; k++) {
            String w = t.get(k).text();
            if (end - nameStart == 1 ? acronym(w) : acronymInName(w)) return ActorKind.ORGANISATION;
        }
        return end - nameStart >= 2 || SpeakerWords.GIVEN_NAMES.contains(t.get(nameStart).bare()) ? ActorKind.PERSON : ActorKind.OTHER;
    }

    /**
     * The kind the head noun of an appositive gives: the word before the first function word that
     * follows a lower-case word ("the dean of the journalism school", "a minister with the church"),
     * else the last word ("a University of Kent political scientist", "the steel lobby"); null when
     * the head tells neither.
     */
    private static ActorKind appositiveKind(String appositive) {
        List<Token> app = WordTokenizer.tokenize(appositive, 0, appositive.length());
        Token head = null;
        for (Token x : app) {
            if (!x.word()) break;
            if (head != null && !head.capitalised() && !x.capitalised() && SpeakerWords.FUNCTION.contains(x.lower())) break;
            if (!SpeakerWords.DETERMINERS.contains(x.lower()) && !SpeakerWords.FUNCTION.contains(x.lower())) head = x;
        }
        return head == null ? null : SpeakerWords.kindOfHead(head);
    }

    private Resolved common(List<Token> t, int s, int coreEnd, int to, String det, String appositive,
                            TextSpan mention, DiscourseMemory memory) {
        Token head = t.get(coreEnd - 1);
        String h = head.bare();
        String phrase = join(t, s, to, true);
        if (det == null && !t.get(s).text().equals(t.get(s).text().toUpperCase(Locale.ROOT)) && !isDemonym(t.get(s))
                && !index.isName(t.get(s).text()) && ActorIndex.country(t.get(s).text()) == null) {
            phrase = Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
        }
        String speaksFor = speaksFor(t, s, to, appositive);
        if (SpeakerWords.GROUPS.contains(h)) {
            if ("the".equals(det) && coreEnd - s == 1 && to == coreEnd) {
                SpeakerRef earlier = memory.byGroupHead(h);
                if (earlier != null) return new Resolved(earlier, mention);
            }
            if ((h.equals("authorities") || h.equals("government")) && speaksFor != null) {
                SpeakerRef place = placeRef(speaksFor);
                if (place != null) return new Resolved(memory.canonical(place), mention);
            }
            return new Resolved(memory.canonical(new SpeakerRef(phrase, ActorKind.GROUP, speaksFor, appositive, false)), mention);
        }
        if (SpeakerWords.ROLES.contains(h)) {
            if ("the".equals(det)) {
                List<String> modifiers = new java.util.ArrayList<>();
                for (int k = s; k < coreEnd - 1; k++) {
                    Token x = t.get(k);
                    if (x.word() && !x.possessive() && !x.capitalised()) modifiers.add(x.bare());
                }
                SpeakerRef earlier = memory.byRole(h, modifiers);
                if (earlier != null) return new Resolved(earlier, mention);
                String tail = to > coreEnd ? Lexicon.norm(join(t, coreEnd, to, false)) : "";
                String descriptor = tail.isEmpty() ? h : h + " " + tail;
                if (RoleDescriptors.known(descriptor)) {
                    SpeakerRef d = memory.byDescriptor(descriptor, r -> descriptorCompatible(t, s, coreEnd - 1, r),
                            h.equals("official") ? 3 : 6);
                    if (d != null) return new Resolved(d, mention);
                }
            }
            return new Resolved(memory.canonical(new SpeakerRef(phrase, ActorKind.GROUP, speaksFor, appositive, false)), mention);
        }
        if (SpeakerWords.ORGANISATIONS.contains(h)) {
            if (h.equals("government") && speaksFor != null) {
                SpeakerRef place = placeRef(speaksFor);
                if (place != null) return new Resolved(memory.canonical(place), mention);
            }
            return new Resolved(memory.canonical(new SpeakerRef(phrase, ActorKind.ORGANISATION, speaksFor, appositive, false)), mention);
        }
        return null;
    }

    /**
     * The modifiers [from, to) of a descriptor ("Russian", "Kremlin", "foreign", "former") agree
     * with the person: a demonym or place names the country the person speaks for, another
     * capitalised word is in the person's role or names the same actor, a lower-case title word
     * ("foreign", "deputy", "former") is in the role; evaluative words ("veteran", "senior") are ignored.
     */
    private boolean descriptorCompatible(List<Token> t, int from, int to, SpeakerRef person) {
        String role = " " + Lexicon.norm(person.role() == null ? "" : person.role()).replace("'s", "") + " ";
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (!x.word() || SpeakerWords.DETERMINERS.contains(x.lower())) continue;
            String w = x.bare();
            if (role.contains(" " + w + " ")) continue;
            if (x.capitalised()) {
                SpeakerRef place = placeFor(t, k, to);
                String c = place != null ? place.canonicalName() : null;
                if (c == null) {
                    ActorEntry e = index.actor(x.bareText());
                    if (e != null) c = e.speaksFor() != null && e.kind() != ActorKind.GOVERNMENT ? e.speaksFor() : e.name();
                }
                if (c == null || person.speaksFor() == null || !Lexicon.norm(c).equals(Lexicon.norm(person.speaksFor()))) return false;
            } else if (SpeakerWords.TITLES.contains(w) || w.equals("former")) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> OWN_COLLECTIVES = Lexicons.words(Lexicons.DIR + "verb-speaker-resolver-own-collectives.txt");

    /**
     * True when the party named by tokens [from, to) ("Russia's", "the union's", "Beijing") is
     * {@code speaker} or the actor it speaks for: a name, alias, demonym or place of either, a
     * word of the speaker's name or role ("union" for a union leader), or "the country's"-type
     * words when the speaker represents a government.
     */
    boolean sameSide(List<Token> t, int from, int to, SpeakerRef speaker) {
        if (speaker == null) return false;
        String self = Lexicon.norm(speaker.canonicalName());
        String side = speaker.speaksFor() == null ? null : Lexicon.norm(speaker.speaksFor());
        String nameAndRole = " " + Lexicon.norm(speaker.canonicalName() + " " + (speaker.role() == null ? "" : speaker.role())) + " ";
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (!x.word() || SpeakerWords.DETERMINERS.contains(x.lower())) continue;
            if (x.capitalised()) {
                SpeakerRef p = placeFor(t, k, to);
                String c = p != null ? Lexicon.norm(p.canonicalName()) : null;
                if (c == null) {
                    ActorEntry e = index.actor(x.bareText());
                    if (e != null) c = Lexicon.norm(e.name());
                }
                if (c != null && (c.equals(self) || c.equals(side))) return true;
            }
            String w = x.bare();
            if (w.length() > 2 && !SpeakerWords.FUNCTION.contains(w) && nameAndRole.contains(" " + w + " ")) return true;
            if (OWN_COLLECTIVES.contains(w) && !x.capitalised()
                    && (speaker.kind() == ActorKind.GOVERNMENT || side != null)) return true;
        }
        return false;
    }

    private SpeakerRef placeRef(String canonical) {
        ActorEntry e = index.actor(canonical);
        if (e != null) return ActorIndex.ref(e, null);
        return new SpeakerRef(canonical, ActorKind.GOVERNMENT, null, null, false);
    }

    /** The actor that speaker tokens [from, to) or the appositive tie the speaker to, or null. */
    private String speaksFor(List<Token> t, int from, int to, String appositive) {
        for (int k = from; k < to; k++) {
            SpeakerRef p = placeFor(t, k, to);
            if (p != null) return p.canonicalName();
        }
        if (appositive != null) {
            List<Token> app = WordTokenizer.tokenize(appositive, 0, appositive.length());
            for (int k = 0; k < app.size(); k++) {
                SpeakerRef p = placeFor(app, k, app.size());
                if (p != null) return p.canonicalName();
            }
        }
        return null;
    }

    private SpeakerRef placeFor(List<Token> t, int k, int to) {
        Token x = t.get(k);
        if (!x.capitalised()) return null;
        if (k + 1 < to && t.get(k + 1).capitalised()) {
            SpeakerRef two = index.placeOf(x.text() + " " + t.get(k + 1).text());
            if (two != null) return two;
        }
        return index.placeOf(x.text());
    }

    /** Tokens [from, to) look like a personal name: two to four capitalised words, none an organisation, title or function word. */
    private static boolean personalName(List<Token> t, int from, int to) {
        if (to - from < 2 || to - from > 4) return false;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (!SpeakerWords.nameLike(x) && !(k > from && SpeakerWords.PARTICLES.contains(x.lower()))) return false;
            if (SpeakerWords.organisationWord(x) || SpeakerWords.TITLES.contains(x.lower())
                    || SpeakerWords.isFunction(x, false) || acronym(x.text())) return false;
        }
        return true;
    }

    /**
     * An acronym inside a longer name ("UFCW Local 7"): three letters or more, so that initials
     * ("TJ Miller", "J.D. Vance") and Roman numerals ("John Smith III") are not taken for one.
     */
    private static boolean acronymInName(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) letters += Character.isLetter(w.charAt(i)) ? 1 : 0;
        return letters >= 3 && acronym(w) && !w.matches("[IVX]+");
    }

    /** "ACEA", "UFCW", "NATO": an all-capitals word of two or more letters. */
    private static boolean acronym(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) return false;
                letters++;
            } else if (c != '.' && c != '&' && c != '-') {
                return false;
            }
        }
        return letters >= 2;
    }

    /** A capitalised word that may be part of a personal name: not a title, role, organisation, place, demonym or actor. */
    boolean plainNameWord(Token x) {
        if (!SpeakerWords.nameLike(x) || SpeakerWords.isFunction(x, false) || acronym(x.text())) return false;
        String w = x.bare();
        if (SpeakerWords.TITLES.contains(x.lower()) || SpeakerWords.TITLES.contains(w) || SpeakerWords.roleOrGroup(x)
                || SpeakerWords.ORGANISATION_NAMES.contains(w) || SpeakerWords.MEDIA.contains(w) || SpeakerWords.CAPITALISED_FUNCTION.contains(x.bareText())) return false;
        return !isDemonym(x) && index.actor(x.bareText()) == null && ActorIndex.country(x.bareText()) == null
                && index.placeOf(x.bareText()) == null;
    }

    /** A middle initial ("B."): the word before it is a first name. */
    private static boolean initial(Token x) {
        String w = x.text();
        return w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private boolean isDemonym(Token x) {
        return x.capitalised() && (index.byDemonym(x.text()) != null || ActorIndex.countryDemonym(x.text()));
    }

    private boolean known(Token x) {
        String w = x.bare();
        return index.actor(x.text()) != null || SpeakerWords.TITLES.contains(x.lower()) || SpeakerWords.roleOrGroup(x)
                || ActorIndex.country(x.text()) != null || SpeakerWords.MEDIA.contains(w);
    }

    private static final int POS_CONTEXT = 3;

    /** POS check of the sentence-initial word: true when the tagger calls it a proper noun (or noun). */
    private static boolean properNoun(List<Token> t, int k) {
        String tag = tagAt(t, k);
        return tag == null || tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("X");
    }

    /** True when the tagger, seeing a few words either side, calls token {@code k} a proper noun. */
    static boolean properNounAt(List<Token> t, int k) {
        String tag = tagAt(t, k);
        return tag == null || tag.equals("PROPN");
    }

    /** The POS tag of token {@code k} in a window of words around it, or null without a tagger. */
    private static String tagAt(List<Token> t, int k) {
        POSTaggerME tagger = NlpModels.posTagger();
        if (tagger == null) return null;
        int from = Math.max(0, k - POS_CONTEXT);
        int to = Math.min(t.size(), k + 1 + POS_CONTEXT);    // a few words either side: more costs time, not accuracy
        String[] words = new String[to - from];
        for (int i = from; i < to; i++) words[i - from] = t.get(i).text();
        try {
            return tagger.tag(words)[k - from];
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int skipDeterminers(List<Token> t, int from, int to) {
        int s = from;
        while (s < to - 1 && SpeakerWords.DETERMINERS.contains(t.get(s).lower())) s++;
        return s;
    }

    /** The words of tokens [from, to) as written, single-spaced; possessive dropped from the last one if asked. */
    static String join(List<Token> t, int from, int to, boolean dropPossessive) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && t.get(k).start() > t.get(k - 1).end()) b.append(' ');
            b.append(dropPossessive && k == to - 1 ? t.get(k).bareText() : t.get(k).text());
        }
        return b.toString();
    }

    private static String roleText(List<Token> t, int from, int to) {
        if (to <= from) return null;
        return join(t, from, to, false);
    }
}
