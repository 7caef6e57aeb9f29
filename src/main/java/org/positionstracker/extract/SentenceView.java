package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.positionstracker.statement.Mode;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * One body or title sentence as the verb-attribution rules read it: its tokens, which of them are
 * quoted, where quotations open and close, and the word-level tests the rules share (an
 * auxiliary, a time adverbial, an appositive, an age, where a clause ends). The rules of one
 * sentence ({@link VerbSubjects}, {@link DocumentSources}, {@link ReportedClauses},
 * {@link VerbStatements}, {@link TitleLines}, {@link TranscriptAnswers}, {@link MentionScan}) each
 * see the same view and add to the same list of statements found.
 */
class SentenceView {
    static final Set<String> WEEKDAYS = Lexicons.words(Lexicons.DIR + "verb-sentence-view-weekdays.txt");
    static final Set<String> PARTS_OF_DAY = Lexicons.words(Lexicons.DIR + "verb-sentence-view-parts-of-day.txt");

    private static final Set<String> SPEECH_ACT_STEMS = Lexicons.words(Lexicons.DIR + "verb-sentence-view-speech-act-stems.txt");
    private static final Set<String> ADVERBIAL_STARTS = Lexicons.words(Lexicons.DIR + "verb-sentence-view-adverbial-starts.txt");
    private static final Set<String> IRREGULAR_PARTICIPLES = Lexicons.words(Lexicons.DIR + "verb-sentence-view-irregular-participles.txt");
    private static final Set<String> RELATIVE_PRONOUNS = Lexicons.words(Lexicons.DIR + "verb-sentence-view-relative-pronouns.txt");
    private static final Set<String> WITHHELD_NOUNS = Lexicons.words(Lexicons.DIR + "verb-sentence-view-withheld-nouns.txt");
    private static final Set<String> GIVING_VERBS = Lexicons.words(Lexicons.DIR + "verb-sentence-view-giving-verbs.txt");
    private static final Set<String> VERB_PARTICLES = Lexicons.words(Lexicons.DIR + "verb-sentence-view-verb-particles.txt");
    private static final Set<String> INTERRUPTER_OPENERS = Lexicons.words(Lexicons.DIR + "verb-sentence-view-interrupter-openers.txt");

    final String text;
    final String masked;
    final Sentence s;
    final Sentence prev;
    final DiscourseMemory memory;
    final SpeakerResolver resolver;
    /** Quotations (by opening offset) already given to a statement anywhere in the article. */
    final java.util.Set<Integer> usedQuotes;
    final List<Token> t;
    final int n;
    final boolean[] quoted;
    final Quote[] openAt;
    final Quote[] closeAt;
    /** Statements of this sentence, shared by every rule reading it. */
    final List<ExtractedStatement> found;
    /** Token ranges [from, to) of this sentence already reported as content. */
    final List<int[]> claimed;
    /** Set while emitting for a relative-clause speaker ("Putin, who said"): not a main-clause subject for pronouns. */
    boolean relativeSpeaker;

    SentenceView(String text, String masked, Sentence s, Sentence prev, DiscourseMemory memory, SpeakerResolver resolver,
                 java.util.Set<Integer> usedQuotes) {
        this.text = text;
        this.masked = masked;
        this.s = s;
        this.prev = prev;
        this.memory = memory;
        this.resolver = resolver;
        this.usedQuotes = usedQuotes;
        this.t = s.tokens();
        this.n = t.size();
        this.quoted = new boolean[n];
        this.openAt = new Quote[n];
        this.closeAt = new Quote[n];
        this.found = new ArrayList<>();
        this.claimed = new ArrayList<>();
        int qi = 0;
        List<Quote> qs = s.quotes();
        for (int k = 0; k < n; k++) {
            Token x = t.get(k);
            while (qi < qs.size() && qs.get(qi).end() <= x.start()) qi++;
            if (qi >= qs.size()) continue;
            Quote q = qs.get(qi);
            if (x.start() == q.open()) {
                openAt[k] = q;
                quoted[k] = true;
            } else if (x.start() == q.close()) {
                closeAt[k] = q;
                quoted[k] = true;
            } else if (x.start() > q.open() && x.start() < q.contentEnd()) {
                quoted[k] = true;
            }
        }
    }

    /** The same sentence, for another rule: every field is shared. */
    SentenceView(SentenceView v) {
        this.text = v.text;
        this.masked = v.masked;
        this.s = v.s;
        this.prev = v.prev;
        this.memory = v.memory;
        this.resolver = v.resolver;
        this.usedQuotes = v.usedQuotes;
        this.t = v.t;
        this.n = v.n;
        this.quoted = v.quoted;
        this.openAt = v.openAt;
        this.closeAt = v.closeAt;
        this.found = v.found;
        this.claimed = v.claimed;
    }

    int skipAux(int k) {
        while (k >= 0) {
            if (SpeakerWords.adverb(t.get(k))) {
                k--;
                continue;
            }
            int b = temporalBefore(k);
            if (b == k) break;
            k = b;
        }
        return k;
    }


    /**
     * Skips a time adverbial ending at token {@code k} between a subject and its verb ("Gov. Jane
     * Roe on Wednesday said", "the ministry last week warned"): returns the token before it, or k.
     */
    int temporalBefore(int k) {
        if (k < 1 || quoted[k] || !t.get(k).word()) return k;
        int j = k;
        String w = t.get(j).lower();
        if (PARTS_OF_DAY.contains(w) && j > 1 && WEEKDAYS.contains(t.get(j - 1).lower())) {
            j--;
            w = t.get(j).lower();
        }
        if (WEEKDAYS.contains(w)) {
            if (w.equals("today") || w.equals("yesterday") || w.equals("tonight")) return j - 1;
            if (j > 1 && t.get(j - 1).is("on")) return j - 2;
            if (j > 1 && (t.get(j - 1).is("last") || t.get(j - 1).is("this"))) return j - 2;
            return k;
        }
        if (w.equals("week") || w.equals("month") || w.equals("year") || w.equals("weekend")) {
            Token d = t.get(j - 1);
            if (d.is("last") || d.is("this")) {
                if (j > 2 && (t.get(j - 2).is("earlier") || t.get(j - 2).is("late"))) return j - 3;
                return j > 1 ? j - 2 : k;
            }
        }
        return k;
    }

    int previousComma(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 30; j--) {
            Token x = t.get(j);
            if (x.isPunct(',')) return j;
            if (!x.word() && !x.isPunct('\u2019') && !x.isPunct('\'') && !x.isPunct('-')) return -1;
        }
        return -1;
    }


    /** A person's age as an appositive: a number from 1 to 120. */
    boolean age(Token x) {
        String w = x.text();
        if (!x.word() || w.isEmpty() || w.length() > 3) return false;
        for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
        int v = Integer.parseInt(w);
        return v > 0 && v <= 120;
    }


    /** A non-restrictive relative clause: ", who chairs the alliance," / ", which represents ...". */
    boolean relativeClause(int from) {
        String w = t.get(from).lower();
        return RELATIVE_PRONOUNS.contains(w);
    }


    /** The end of an appositive's role words: before a relative clause ("a forklift operator who has ..."). */
    int roleEnd(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = t.get(k).lower();
            if (w.equals("who") || w.equals("which") || w.equals("that") || w.equals("whose")) return k;
        }
        return to;
    }


    /** Tokens [from, to) are a capitalised name ("Katarina Lindqvist", "Khalid al-Mannai"). */
    boolean nameChunk(int from, int to) {
        if (to - from > 4) return false;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (!x.word()) return false;
            if (!SpeakerWords.nameLike(x) && !(k > from && SpeakerWords.PARTICLES.contains(x.lower()))) return false;
            if (SpeakerWords.isFunction(x, false)) return false;
        }
        return SpeakerWords.nameLike(t.get(to - 1));
    }


    /** A role, group or organisation noun ("spokesman", "lobby group") ending a role phrase at token k. */
    boolean roleNounAt(int k) {
        Token x = t.get(k);
        return x.word() && SpeakerWords.roleOrGroup(x) && (!x.capitalised() || k > 0 && t.get(k - 1).word());
    }


    /** "Saudi Arabia's lead negotiator, Faisal al-Harbi": the role phrase before a name and its comma, or null. */
    org.positionstracker.extract.doc.TokenSpan roleBefore(int nameStart) {
        if (nameStart < 2 || !t.get(nameStart - 1).isPunct(',') || !roleNounAt(nameStart - 2)) return null;
        if (!SpeakerWords.nameLike(t.get(nameStart))) return null;
        int rs = roleStart(nameStart - 2);
        return rs < 0 ? null : new org.positionstracker.extract.doc.TokenSpan(rs, nameStart - 1);
    }

    /**
     * The first word of the role phrase ending at {@code head}, or -1: the noun phrase before it,
     * after a phrasal verb's particle ("singled out Saudi Arabia's lead negotiator": the verb is not
     * the role).
     */
    int roleStart(int head) {
        int rs = NounPhrases.leftFrom(t, head);
        for (int k = Math.max(rs, 0); rs >= 0 && k < head; k++) {
            if (!t.get(k).capitalised() && VERB_PARTICLES.contains(t.get(k).lower())) rs = k + 1;
        }
        return rs;
    }

    boolean interrupter(int from, int to) {
        String chunk = Lexicon.norm(SpeakerResolver.join(t, from, to, false));
        if (SpeakerWords.INTERRUPTERS.contains(chunk)) return true;
        Token first = t.get(from);
        if (SpeakerWords.participle(first)) return true;
        String f = first.lower();
        if (f.endsWith("ed") && from + 1 < to && t.get(from + 1).is("by")) return true;   // ", accused by the mayor of lying,"

        boolean prep = INTERRUPTER_OPENERS.contains(f);
        if (prep && to - from <= 8) return true;
        boolean allAdverbs = true;
        for (int k = from; k < to; k++) allAdverbs &= SpeakerWords.adverb(t.get(k));
        return allAdverbs;
    }


    /**
     * An appositive between commas after a name: it starts with an article ("a member of
     * Hamas' political bureau") or contains a lower-case role noun ("Tuvalu's climate envoy",
     * "Turkey's environment minister and the president of the summit").
     */
    boolean appositive(int from, int to) {
        if (to - from > 20) return false;
        String first = t.get(from).lower();
        if (first.equals("a") || first.equals("an") || first.equals("the")) return true;
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            if (x.word() && !x.capitalised() && SpeakerWords.ROLES.contains(x.bare())) return true;
            if (x.word() && SpeakerWords.FUNCTION.contains(x.lower()) && !SpeakerWords.PREPOSITIONS_IN_NAMES.contains(x.lower())
                    && !x.is("and") && !SpeakerWords.DETERMINERS.contains(x.lower())) return false;
        }
        return false;
    }


    boolean appositiveStart(int k) {
        Token x = t.get(k);
        return SpeakerWords.DETERMINERS.contains(x.lower()) || (SpeakerWords.roleOrGroup(x) && !x.capitalised())
                || SpeakerWords.MODIFIERS.contains(x.lower()) || x.possessive();
    }


    boolean pastParticiple(Token x) {
        String w = x.lower();
        return x.word() && !x.capitalised() && (w.endsWith("ed") || IRREGULAR_PARTICIPLES.contains(w));
    }


    /** True when nothing but a short adverbial, the sentence end or a writer's participle follows token {@code r}. */
    boolean endsAfter(int r) {
        if (r < n && t.get(r).word() && isAdverbialStart(t.get(r))) {
            int k = r;
            while (k < n && k - r < 24 && !quoted[k] && (t.get(k).word() && !CLAUSE_WORDS.contains(t.get(k).lower())
                    || t.get(k).isPunct('\'') || t.get(k).isPunct('\u2019') || t.get(k).isPunct('-'))) k++;
            if (k > r + 6 && endsAt(k)) return true;        // "said at a meeting with members of the council on Wednesday."
        }
        int k = r;
        if (k < n && t.get(k).word() && isAdverbialStart(t.get(k))) {
            int words = 0;
            while (k < n && t.get(k).word() && words < 6) {
                k++;
                words++;
            }
        }
        return endsAt(k);
    }


    /** Words that show a clause, not a prepositional phrase: a subordinator, auxiliary or subject pronoun. */
    static final Set<String> CLAUSE_WORDS = Lexicons.words(Lexicons.DIR + "verb-sentence-view-clause-words.txt");


    boolean endsAt(int k) {
        if (k >= n) return true;
        Token x = t.get(k);
        if (x.isPunct('.') || x.isPunct('!') || x.isPunct('?')) return k == n - 1 || allClosing(k + 1);
        if (x.isPunct(',') || x.isPunct('\u2014') || x.isPunct('\u2013')) {
            if (k + 1 >= n) return true;
            Token y = t.get(k + 1);
            return SpeakerWords.participle(y) || y.is("according") || SpeakerWords.CONJUNCTIONS.contains(y.lower())
                    || y.is("as") || relativeClause(k + 1) || writersClause(k + 1);
        }
        return x.is("who") || x.is("which");
    }


    /**
     * The writer's comment after a comma that ends a report: "without specifying ...",
     * "without giving details", "adding no details", "but did not elaborate", "but gave no
     * timeline", "but declined to say ...".
     */
    boolean writersClause(int k) {
        if (k >= n || quoted[k]) return false;
        Token y = t.get(k);
        if (y.is("without") || y.is("adding")) {
            if (k + 1 >= n) return false;
            Token z = t.get(k + 1);
            if (y.is("adding")) return z.is("no") || z.is("nothing");
            return z.lower().endsWith("ing") && speechAct(z.lower().substring(0, z.lower().length() - 3))
                    || WITHHELD_NOUNS.contains(z.lower());
        }
        if ((y.is("but") || y.is("though") || y.is("although")) && k + 1 < n) {
            int m = k + 1;
            String w = t.get(m).lower();
            if ((w.equals("did") || w.equals("does")) && m + 2 < n && t.get(m + 1).is("not")) return speechVerb(t.get(m + 2).lower());
            if ((w.equals("didn't") || w.equals("doesn't")) && m + 1 < n) return speechVerb(t.get(m + 1).lower());
            if (w.startsWith("declin") || w.equals("refused")) return m + 2 < n && t.get(m + 1).is("to") && speechVerb(t.get(m + 2).lower());
            if (GIVING_VERBS.contains(w) && m + 1 < n && t.get(m + 1).is("no")) return true;
        }
        return false;
    }


    boolean speechVerb(String w) {
        return speechAct(w) || speechAct(w.endsWith("e") ? w.substring(0, w.length() - 1) : w);
    }


    /** Stems of verbs of giving information: "specify", "elaborat(e)", "provid(e)". */
    boolean speechAct(String stem) {
        return SPEECH_ACT_STEMS.contains(stem);
    }


    boolean allClosing(int from) {
        for (int k = from; k < n; k++) {
            if (t.get(k).word()) return false;
        }
        return true;
    }


    boolean isAdverbialStart(Token x) {
        return ADVERBIAL_STARTS.contains(x.lower());
    }


    int lastWordEnd() {
        for (int k = n - 1; k >= 0; k--) {
            if (t.get(k).word()) return t.get(k).end();
        }
        return s.end();
    }


    int trimEnd(int cs, int ce) {
        while (ce > cs) {
            Token x = t.get(ce - 1);
            if (x.word() || closeAt[ce - 1] != null) break;
            if (openAt[ce - 1] != null) break;
            char c = x.text().charAt(0);
            if (c == ')' || c == ']' || c == '%' || c == '\u201D' || c == '"' || c == '\u2019') break;
            ce--;
        }
        return ce;
    }


    boolean isClaimed(int tok) {
        for (int[] c : claimed) {
            if (tok >= c[0] && tok < c[1]) return true;
        }
        return false;
    }


    TextSpan cueSpan(VerbAttribution a) {
        return new TextSpan(t.get(a.cue.from()).start(), t.get(a.cue.to() - 1).end());
    }


    /** Adds a statement of this sentence and records its speaker in the discourse memory. */
    void emitWith(SpeakerRef speaker, TextSpan mention, TextSpan cue, String pronoun, Mode mode, TextSpan content,
                  int sentenceNumber, String rule) {
        SpeakerRef ref = memory.canonical(speaker);
        memory.spoke(ref, pronoun, !relativeSpeaker);
        found.add(new ExtractedStatement(sentenceNumber, mode, content, content.coveredText(text), ref, mention, cue, List.of(), rule));
    }

}
