package org.positionstracker.extract;

import java.util.Set;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * What a sentence tells the discourse memory besides its statements: full personal names anywhere
 * outside quotes (for a later "Mr. Alvarez"), titled names ("Economist Rana Haddad"), and the
 * people named as the subject of a clause (pronoun antecedents: "Kline met Ortiz. She said ...").
 */
final class MentionScan extends SentenceView {
    MentionScan(SentenceView v) {
        super(v);
    }

    /**
     * Remembers every two- or three-word personal name of the sentence outside quotes ("the well
     * behind Tomás Alvarez’s house") as a loose full name for a later "Mr. Alvarez".
     */
    void rememberLooseNames() {
        for (int k = 0; k < n; k++) {
            if (quoted[k] || !resolver.plainNameWord(t.get(k))) continue;
            if (k > 0 && resolver.plainNameWord(t.get(k - 1))) continue;
            int e = k;
            while (e < n && e - k < 4 && !quoted[e] && resolver.plainNameWord(t.get(e))) {
                e++;
                if (t.get(e - 1).possessive()) break;
            }
            boolean followsName = e < n && SpeakerWords.nameLike(t.get(e)) && !t.get(e - 1).possessive();
            if (e - k >= 2 && e - k <= 3 && !followsName && (k > 0 || e < n && !t.get(e).isPunct(':'))) {
                memory.looseName(SpeakerResolver.join(t, k, e, true));
            }
            k = e;
        }
    }

    /** Remembers "Title Firstname Lastname" mentions for later surname-only references. */
    void rememberNamedPeople() {
        rememberLooseNames();
        for (int k = 0; k + 2 < n; k++) {
            Token x = t.get(k);
            if (!x.word() || !(SpeakerWords.TITLES.contains(x.lower()) || SpeakerWords.ROLES.contains(x.bare()))) continue;
            int nameStart = k + 1;
            if (nameStart < n && t.get(nameStart).isPunct(',')) nameStart++;
            int e = nameStart;
            while (e < n && e - nameStart < 3 && SpeakerWords.nameLike(t.get(e)) && !SpeakerWords.TITLES.contains(t.get(e).lower())
                    && !SpeakerWords.isFunction(t.get(e), false) && !SpeakerWords.ORGANISATIONS.contains(t.get(e).bare())) e++;
            if (e - nameStart < 2) continue;
            SpeakerResolver.Resolved r;
            if (nameStart == k + 1) {
                int st = NounPhrases.leftFrom(t, e - 1);
                if (st < 0 || st > k) continue;
                r = resolver.resolve(t, st, e, -1, -1, memory);
            } else {
                int rs = roleStart(k);
                r = resolver.resolve(t, nameStart, e, rs < 0 ? k : rs, k + 1, memory);
            }
            if (r != null && !r.ref().inCodebook()) memory.mentioned(r.ref());
            k = e - 1;
        }
    }


    // ---------------------------------------------------------------- clause subjects

    /** Words after which a name starts a clause ("..., and Kline met", "when Kline arrived"). */
    static final Set<String> CLAUSE_OPENERS = Lexicons.words(Lexicons.DIR + "verb-mention-scan-clause-openers.txt");

    /** Clause openers that start a subordinate clause ("after Baxter cut the budget", "that Baxter lied"). */
    static final Set<String> SUBORDINATORS = Lexicons.words(Lexicons.DIR + "verb-mention-scan-subordinators.txt");

    /**
     * Records the people named as the subject of a clause of this sentence, outside quotation
     * marks: a name (with its title or role) at the sentence start, after a comma or a clause
     * opener ("and", "when", "that"), and followed (over an appositive, auxiliaries and adverbs)
     * by a lower-case word that is not a function word - a verb: "Union leader Ruth Kline met
     * the mayor". A name after a preposition or a verb is an object and is not recorded.
     */
    void rememberSubjects() {
        for (int k = 0; k < n; k++) {
            Token x = t.get(k);
            if (quoted[k] || !x.capitalised() || SpeakerWords.isFunction(x, k == 0)) continue;
            int e = k;
            while (e < n && !quoted[e] && (SpeakerWords.nameLike(t.get(e)) && !SpeakerWords.isFunction(t.get(e), false)
                    || e > k && e + 1 < n && SpeakerWords.PARTICLES.contains(t.get(e).lower()))) {
                e++;
                if (t.get(e - 1).possessive()) break;
            }
            int runEnd = e;
            k = e - 1;
            if (t.get(runEnd - 1).possessive()) continue;
            int st = NounPhrases.leftFrom(t, runEnd - 1);
            if (st < 0) continue;
            boolean mainClause = true;
            if (st > 0) {
                Token b = t.get(st - 1);
                boolean opener = b.isPunct(',') || b.isPunct('\u2014') || b.isPunct('(') || b.isPunct(';')
                        || b.word() && CLAUSE_OPENERS.contains(b.lower());
                if (!opener) continue;
                mainClause = !(b.word() && SUBORDINATORS.contains(b.lower()));
            }
            if (!verbFollows(runEnd)) continue;
            SpeakerResolver.Resolved r = resolver.resolve(t, st, runEnd, -1, -1, memory);
            if (r == null || r.ref().kind() != org.positionstracker.actor.ActorKind.PERSON) continue;
            if (r.ref().canonicalName().indexOf(' ') < 0 && !r.ref().inCodebook()
                    && memory.bySurname(r.ref().canonicalName()) == null) continue;   // "Prices rose": not a person
            memory.subject(r.ref(), mainClause);
        }
        int first = 0;
        if (n > 2 && isAdverbialStart(t.get(0))) {      // "On Monday, he ..."
            for (int k = 1; k < Math.min(n, 10); k++) {
                if (t.get(k).isPunct(',')) {
                    first = k + 1;
                    break;
                }
            }
        }
        if (first < n && !quoted[first] && (t.get(first).is("he") || t.get(first).is("she"))) memory.pronounSubject(t.get(first).lower());
    }

    /**
     * A verb-like word follows token {@code e}, over up to two asides between commas (", 52,", ", a
     * teacher,", ", 75, a retiree in Carthage,"), auxiliaries and adverbs.
     */
    boolean verbFollows(int e) {
        int k = e;
        for (int asides = 0; asides < 2 && k < n && t.get(k).isPunct(','); asides++) {
            int m = k + 1;
            while (m < n && m - k < 15 && !t.get(m).isPunct(',') && !quoted[m]) m++;
            if (m >= n || !t.get(m).isPunct(',') || m == k + 1) return false;
            if (verbAt(m + 1)) return true;
            k = m;
        }
        return verbAt(k);
    }

    /** A verb-like word at token {@code k}, after auxiliaries and adverbs. */
    private boolean verbAt(int k) {
        while (k < n && SpeakerWords.adverb(t.get(k))) k++;
        if (k >= n) return false;
        Token v = t.get(k);
        return v.word() && !v.capitalised() && !SpeakerWords.FUNCTION.contains(v.lower()) && !quoted[k];
    }

}
