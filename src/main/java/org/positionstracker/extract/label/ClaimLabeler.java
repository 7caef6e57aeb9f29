package org.positionstracker.extract.label;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.TopicEntry;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;
import org.positionstracker.topic.Stance;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * Labels a statement with the codebook topics it is about and the speaker's stance on each topic's
 * claim. See {@code src/site/markdown/codebook.md} for the rules with examples.
 *
 * <p>Topics: see {@link Topics} (keywords by lemma, back-references to a document named before).
 *
 * <p>Stance, per topic: a {@code for:} or {@code against:} frame of the topic in the content
 * decides the direction; a negation in its clause before it ("will never agree to surrender"), or
 * a denial after it ("is out of the question") turns it round; a demand ("must", "insist") or a
 * threat ("by force") makes a yes DEMANDS and keeps a no OPPOSES; a condition ("only if",
 * "unless", "without that, no") makes it CONDITIONAL. A frame governed by another party's
 * refusal ("Ukraine's refusal to cede land", reported by analysts) is that party's position, not
 * the speaker's, and counts NEUTRAL; so does a frame whose subject is another codebook party and
 * that nobody demands ("Russia violated the truce", said by Kyiv). Threats conditioned on a refusal
 * ("we will take it by force if they refuse") demand what they enforce; "we fight on if they do
 * not comply" is a ceasefire on terms (CONDITIONAL). A requirement on a document ("the plan must
 * respect sovereignty") is CONDITIONAL on the document. A negation that a frame uses is spent:
 * it does not also negate other topics of the statement. A topic without a frame in the
 * statement falls back to the generic cue words nearest its keyword, as before claims existed.
 *
 * <p>A refusal to answer ("declined to comment on the plan") is no statement: {@link #isNonStatement}
 * is true and {@link #label} returns no topics. The attribution step should drop such a statement.
 */
public final class ClaimLabeler implements StatementLabeler {
    private static final Set<String> STRICT_CONDITION_ENDS = Lexicons.words(Lexicons.DIR + "label-claim-labeler-strict-condition-ends.txt");
    private static final Set<String> RESTRICTIVE_RELATIVES = Lexicons.words(Lexicons.DIR + "label-claim-labeler-restrictive-relatives.txt");
    private static final Set<String> CONDITION_OPENERS = Lexicons.words(Lexicons.DIR + "label-claim-labeler-condition-openers.txt");
    private static final Set<String> ENABLING_VERBS = Lexicons.words(Lexicons.DIR + "label-claim-labeler-enabling.txt");
    private static final Set<String> MODAL_AFTER_PARTICIPLE = Lexicons.words(Lexicons.DIR + "label-claim-labeler-modals.txt");

    private static final Set<String> MODALS_AFTER_SUBJECT = Lexicons.words(Lexicons.DIR + "label-claim-labeler-modals-after-subject.txt");
    /** Determiners before a keyword with a restrictive relative clause ("any agreement that ...", "a deal which ..."). */
    private static final Set<String> SUBORDINATORS = Lexicons.words(Lexicons.DIR + "label-claim-labeler-subordinators.txt");
    /** Verbs of lasting: an "as long as" clause with one of them is a span of time. */
    private static final Set<String> CONTINUING = Topics.lemmas(Lexicons.lines(Lexicons.DIR + "label-claim-labeler-continuing.txt").toArray(String[]::new));
    private static final Set<String> WISHING = Topics.lemmas(Lexicons.lines(Lexicons.DIR + "label-claim-labeler-wishing.txt").toArray(String[]::new));
    private static final Set<String> ACCEPTING = Topics.lemmas(Lexicons.lines(Lexicons.DIR + "label-claim-labeler-accepting.txt").toArray(String[]::new));
    private static final Set<String> RESTRICTED = Lexicons.words(Lexicons.DIR + "label-claim-labeler-restricted.txt");
    private static final Set<String> NOUN_CUES = Lexicons.words(Lexicons.DIR + "label-claim-labeler-noun-cues.txt");
    private final Topics topics;
    private final Map<String, PhraseIndex<Integer>> frames = new HashMap<>();
    private final Parties parties;
    /** Topics with a claim: what a condition requires is demanded of the claim; a bare topic only appears in a condition. */
    private final Set<String> claimed = new java.util.HashSet<>();

    public ClaimLabeler(Codebook codebook) {
        this.topics = new Topics(codebook);
        for (TopicEntry topic : codebook.topics()) {
            PhraseIndex<Integer> f = new PhraseIndex<>();
            for (String p : topic.forFrames()) f.add(p, 1);
            for (String p : topic.againstFrames()) f.add(p, -1);
            frames.put(topic.slug(), f);
            if (topic.claim() != null && !topic.claim().isBlank()) claimed.add(topic.slug());
        }
        this.parties = new Parties(codebook);
    }

    /**
     * True when the statement reports that the speaker did not answer ("declined to comment on the
     * plan", "would not say whether ...", "'No comment,' he said"): such a statement carries no
     * position and should not be stored. {@link #label} returns no topics for it.
     */
    @Override
    public boolean isNonStatement(LabelInput in) {
        try {
            Sentence s = Sentence.of(in);
            for (PhraseIndex.Match<Boolean> m : Cues.NO_COMMENT.findAll(s.words, 0, Math.min(s.words.size(), s.cf + 4))) {
                if (m.from() >= s.cf) return true;
                boolean contrast = false;
                for (int k = m.to(); k < s.cf; k++) contrast |= s.words.get(k).isAny(Clauses.CONTRASTS) || s.words.get(k).clauseBreak();
                if (!contrast) return true;
            }
            return askedAndNotAnswered(s);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** "Asked whether Kyiv would cede land, the spokesman declined to comment": the question is no one's statement. */
    private static boolean askedAndNotAnswered(Sentence s) {
        boolean question = s.cf() < s.ct() && (s.words().get(s.cf()).is("whether")
                || s.cf() > 0 && (s.words().get(s.cf() - 1).is("asked") || s.words().get(s.cf() - 1).is("whether")));
        if (!question) return false;
        for (int k = s.ct(); k < s.words().size(); k++) if (Cues.NO_COMMENT.matchAt(s.words(), k, s.words().size()) != null) return true;
        return false;
    }

    @Override
    public List<TopicStance> label(LabelInput in) {
        try {
            if (isNonStatement(in)) return List.of();
            return labelSentence(Sentence.of(in), in);
        } catch (RuntimeException e) {
            return List.of();      // the contract: never throw; an unlabelled statement is still a statement
        }
    }

    /** The words of the statement's sentence, and where its content lies among them. */
    private record Sentence(List<Word> words, int cf, int ct) {
        static Sentence of(LabelInput in) {
            TextSpan sp = in.sentence().contains(in.content()) ? in.sentence() : in.content();
            List<Word> words = Word.tokenize(in.text(), sp.start(), sp.end());
            int cf = words.size();
            int ct = 0;
            for (int k = 0; k < words.size(); k++) {
                Word w = words.get(k);
                if (w.start() >= in.content().start() && w.end() <= in.content().end()) {
                    cf = Math.min(cf, k);
                    ct = k + 1;
                }
            }
            if (cf >= ct) cf = ct = words.size();
            return new Sentence(words, cf, ct);
        }
    }

    /** A stance with the words that decided it; {@code binder} are the words a frame's negation used (consumed for other topics). */
    private record Decision(Stance stance, int cueFrom, int cueTo, int binderFrom, int binderTo) {
        static final Decision NEUTRAL = new Decision(Stance.NEUTRAL, -1, -1, -1, -1);

        boolean hasCue() {
            return cueFrom >= 0;
        }
    }

    private List<TopicStance> labelSentence(Sentence s, LabelInput in) {
        List<Word> w = s.words();
        Map<String, List<TopicHit>> hits = topics.find(w, s.cf(), s.ct());
        topics.addBackReference(in, w, s.cf(), s.ct(), hits);
        topics.addContextTopic(in, w, s.cf(), s.ct(), hits);
        if (hits.isEmpty()) return List.of();
        String side = parties.speakerSide(in.speaker());
        Map<String, Decision> byFrame = new LinkedHashMap<>();
        boolean[] consumed = new boolean[w.size()];
        for (String slug : hits.keySet()) {
            Decision d = frameDecision(w, s.cf(), s.ct(), slug, hits.get(slug), side);
            if (d == null) continue;
            byFrame.put(slug, d);
            for (int k = Math.max(0, d.cueFrom()); k < d.cueTo(); k++) consumed[k] = true;
            for (int k = Math.max(0, d.binderFrom()); k < d.binderTo(); k++) consumed[k] = true;
        }
        List<Cue> cues = null;
        List<TopicStance> out = new ArrayList<>();
        for (Map.Entry<String, List<TopicHit>> e : hits.entrySet()) {
            String slug = e.getKey();
            Decision d = byFrame.get(slug);
            TopicHit at = e.getValue().get(0);
            if (d == null) {
                if (cues == null) cues = genericCues(w, s.cf(), s.ct(), consumed, side);
                TopicHit best = null;
                Decision bestD = null;
                for (TopicHit h : e.getValue()) {
                    Decision hd = fallback(w, s.cf(), s.ct(), cues, h, side, hits);
                    if (best == null || bestD.stance() == Stance.NEUTRAL && hd.stance() != Stance.NEUTRAL
                            || hd.hasCue() && bestD.hasCue() && afterContrast(w, bestD, hd)) {
                        best = h;
                        bestD = hd;
                    }
                }
                at = best;
                d = bestD;
            }
            TextSpan kw = new TextSpan(w.get(at.from()).start(), w.get(at.to() - 1).end());
            TextSpan cue = d.hasCue() ? new TextSpan(w.get(d.cueFrom()).start(), w.get(d.cueTo() - 1).end()) : null;
            out.add(new TopicStance(slug, d.stance(), kw, cue));
        }
        out.sort(java.util.Comparator.comparingInt((TopicStance t) -> firstMention(hits.get(t.topicSlug()))));
        return out;
    }

    private static int firstMention(List<TopicHit> hits) {
        int first = Integer.MAX_VALUE;
        for (TopicHit h : hits) first = Math.min(first, h.from());
        return first;
    }

    // ------------------------------------------------------------------ topics

    // ------------------------------------------------------------------ frames

    private Decision frameDecision(List<Word> w, int cf, int ct, String slug, List<TopicHit> hits, String side) {
        PhraseIndex<Integer> index = frames.get(slug);
        if (index == null) return null;
        List<PhraseIndex.Match<Integer>> found = index.findAll(w, cf, ct);
        if (found.isEmpty()) return null;
        Decision chosen = null;
        int chosenAt = -1;
        int chosenEnd = -1;
        boolean chosenInCondition = false;
        for (PhraseIndex.Match<Integer> f : found) {
            boolean inCondition = condition(w, Clauses.sentenceStart(w, cf, f.from()), Clauses.sentenceEnd(w, f.to(), ct), f) == Condition.FRAME_IS_CONDITION;
            Decision d = readFrame(w, cf, ct, f, slug, hits, side);
            boolean better = chosen == null
                    || chosen.stance() == Stance.NEUTRAL && d.stance() != Stance.NEUTRAL
                    || chosenInCondition && !inCondition && d.stance() != Stance.NEUTRAL
                    || !inCondition && d.stance() != chosen.stance() && d.stance() != Stance.NEUTRAL
                       && (Clauses.contrastBetween(w, chosenAt, f.from()) || Clauses.copulaBetween(w, chosenEnd, f.from()));
            if (better) {
                chosen = d;
                chosenAt = f.from();
                chosenEnd = f.to();
                chosenInCondition = inCondition;
            }
        }
        return chosen;
    }

    private Decision readFrame(List<Word> w, int cf, int ct, PhraseIndex.Match<Integer> f, String slug, List<TopicHit> hits, String side) {
        int clauseStart = Clauses.clauseStart(w, cf, f.from());
        int polarity = f.payload();
        int cueFrom = f.from();
        int binderFrom = -1;
        int binderTo = -1;
        // the nearest negation before the frame in its clause
        for (int k = f.from() - 1; k >= clauseStart; k--) {
            if (coordinatedVerb(w, k, f.from())) break;     // "would not accept ultimatums and proposed that they meet"
            PhraseIndex.Match<Boolean> neg = Cues.NEGATING.matchAt(w, k, f.from());
            boolean negator = w.get(k).word() && (Cues.NEGATORS.contains(w.get(k).lower()) || w.get(k).lower().endsWith("n't"));
            if (negator && w.get(k).is("without") && verbBetween(w, k + 1, f.from())) continue;   // "a truce without a settlement would let them rearm"
            if (negator || neg != null) {
                int end = neg != null ? neg.to() : k + 1;
                if (neg != null && NOUN_CUES.contains(w.get(k).lower()) && parties.ownedByOther(w, clauseStart, k, side))
                    return new Decision(Stance.NEUTRAL, -1, -1, k, f.to());    // "Ukraine's refusal to cede land", said by others
                if (!refusesWhatItNames(w, k, f, slug)) polarity = -polarity;
                cueFrom = k;
                binderFrom = k;
                binderTo = end;
                break;
            }
        }
        if (binderFrom < 0 && clauseStart <= cf + 1) {
            int rejecting = reportingVerb(Cues.NEGATING_REPORT, w, cf);
            for (int k = cf; k < f.from() && rejecting >= 0; k++) if (w.get(k).is("as")) rejecting = -1;   // "dismissed the plan as a wish list"
            if (rejecting >= 0) {
                polarity = -polarity;                // "rejected calls for an unconditional ceasefire"
                cueFrom = rejecting;
            }
        }
        int clauseEnd = Clauses.clauseEnd(w, f.to(), ct);
        boolean insisted = false;
        for (int k = f.to(); k < clauseEnd; k++) {
            if (Cues.INSISTED_AFTER.matchAt(w, k, clauseEnd) != null) {
                insisted = true;
                break;
            }
            if (Cues.DENIED_AFTER.matchAt(w, k, clauseEnd) != null) {
                polarity = -polarity;
                break;
            }
        }
        int modal = -1;
        int phraseStart = clauseStart;
        for (int k = f.from() - 1; k > clauseStart; k--) if (coordinatedVerb(w, k, f.from())) { phraseStart = k + 1; break; }
        for (int k = Math.max(phraseStart, f.from() - Clauses.SCOPE); k < f.from() && modal < 0; k++) {
            PhraseIndex.Match<Boolean> d = Cues.DEMANDING.matchAt(w, k, f.from());
            if (d != null && !Clauses.inOtherClause(w, k, f.from()) && !(w.get(k).lower().startsWith("want") && d.to() < w.size() && w.get(d.to()).is("to")))
                modal = k;                    // "wanted them to agree" demands; "wanted to keep talking" is the speaker's own wish
        }
        if (modal < 0 && clauseStart <= cf + 1 && reportingVerb(Cues.DEMANDING_REPORT, w, cf) >= 0) modal = Math.max(0, cf - 1);
        int sentenceFrom = Clauses.sentenceStart(w, cf, f.from());
        int sentenceTo = Clauses.sentenceEnd(w, f.to(), ct);
        boolean threat = false;
        for (int k = sentenceFrom; k < sentenceTo && !threat; k++) threat = Cues.THREATS.matchAt(w, k, sentenceTo) != null;
        boolean threatIf = threatCondition(w, sentenceFrom, sentenceTo, f);
        threat |= threatIf;
        boolean demanded = insisted || modal >= 0 || threat;
        if (!demanded && parties.foreignOwner(w, clauseStart, f.from(), side)) return new Decision(Stance.NEUTRAL, -1, -1, f.from(), f.to());
        Stance stance;
        if (untilClause(w, sentenceFrom, f)) stance = polarity > 0 ? Stance.DEMANDS : Stance.OPPOSES;
        else if (threatIf && polarity < 0 && binderFrom < 0) stance = Stance.CONDITIONAL;   // "we fight on if they refuse": a ceasefire on terms
        else if (!demanded && parties.otherPartyActs(w, clauseStart, f.from(), side)) return new Decision(Stance.NEUTRAL, -1, -1, f.from(), f.to());
        else {
            Condition cond = insisted || threat ? Condition.NONE : condition(w, sentenceFrom, sentenceTo, f);
            boolean negated = binderFrom >= 0;
            if (cond == Condition.FRAME_IS_CONDITION) stance = polarity > 0 ? Stance.DEMANDS : Stance.OPPOSES;
            else if (cond == Condition.ONLY_IF) stance = Stance.CONDITIONAL;
            else if (cond == Condition.IF && !negated) stance = Stance.CONDITIONAL;   // "will not lift them if ...": a refusal stays one
            else if (modal >= 0 && topics.aboutADocument(slug) && subjectOf(hits, w, modal)) stance = Stance.CONDITIONAL;
            else if (demanded) stance = polarity > 0 ? Stance.DEMANDS : Stance.OPPOSES;
            else stance = polarity > 0 ? Stance.SUPPORTS : Stance.OPPOSES;
        }
        return new Decision(stance, Math.min(cueFrom, f.from()), f.to(), binderFrom, binderTo);
    }

    /**
     * Where the reporting verb right before the content is one of {@code verbs} ("urged Washington
     * to commit", "rejected calls for a truce"; "that" may stand between), or -1. Such a verb
     * governs the content's first clause as a modal or a negation inside it would.
     */
    private static int reportingVerb(PhraseIndex<Boolean> verbs, List<Word> w, int cf) {
        for (int k = Math.max(0, cf - 3); k < cf; k++) {
            PhraseIndex.Match<Boolean> m = verbs.matchAt(w, k, cf);
            if (m == null || m.to() > cf) continue;
            boolean adjacent = true;
            for (int j = m.to(); j < cf; j++) adjacent &= w.get(j).is("that") || !w.get(j).word() && !w.get(j).clauseBreak();
            if (adjacent) return k;
        }
        return -1;
    }

    /**
     * "will not accept ultimatums", "would never sign a capitulation": refusing to accept what the
     * speaker calls the document by a name of rejection rejects the document; the name is not
     * turned round as a refused action would be ("will not lift the sanctions").
     */
    private boolean refusesWhatItNames(List<Word> w, int negAt, PhraseIndex.Match<Integer> f, String slug) {
        if (f.payload() > 0 || !topics.aboutADocument(slug)) return false;
        for (int k = negAt; k < f.from(); k++) if (ACCEPTING.contains(w.get(k).lemma())) return true;
        return false;
    }

    /** "and" or "or" before a new verb at word {@code k}: a second verb phrase that a negation before it does not reach. */
    private static boolean coordinatedVerb(List<Word> w, int k, int to) {
        if (!(w.get(k).is("and") || w.get(k).is("or")) || k + 1 >= to) return false;
        Word next = w.get(k + 1);
        return Topics.finiteVerb(next) && next.lower().endsWith("ed") || next.isAny(MODAL_AFTER_PARTICIPLE);
    }

    /** "without" negates the noun phrase after it; a modal or finite verb before the frame ends its scope. */
    private static boolean verbBetween(List<Word> w, int from, int to) {
        for (int k = from; k < to; k++) if (Topics.verbLike(w.get(k)) || w.get(k).isAny(ENABLING_VERBS)) return true;
        return false;
    }

    /** The topic's document is the subject of the modal ("the plan must not reward aggression"): a requirement on the plan. */
    private static boolean subjectOf(List<TopicHit> hits, List<Word> w, int modal) {
        for (TopicHit h : hits) if (h.to() == modal || h.to() + 1 == modal && !w.get(h.to()).clauseBreak()) return true;
        return false;
    }

    /** "... if Kyiv refuses", "... if they do not accept": a condition on the other side's refusal is a threat. */
    private static boolean threatCondition(List<Word> w, int from, int to, PhraseIndex.Match<Integer> f) {
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Boolean> m = Cues.IF.matchAt(w, k, to);
            if (m == null || !w.get(k).is("if")) continue;
            int end = Clauses.clauseEnd(w, m.to(), to);
            if (f.from() >= m.to() && f.from() < end) continue;
            for (int j = m.to(); j < end; j++) {
                if (negatorWord(w.get(j)) || w.get(j).lower().startsWith("refus") || w.get(j).lower().startsWith("reject")) return true;
            }
        }
        return false;
    }

    /** The frame stands in an "until" clause: what must happen before the speaker stops. */
    private static boolean untilClause(List<Word> w, int from, PhraseIndex.Match<Integer> f) {
        for (int k = from; k < f.from(); k++) {
            PhraseIndex.Match<Boolean> m = Cues.UNTIL.matchAt(w, k, f.from());
            if (m != null && Clauses.clauseEnd(w, m.to(), f.to()) >= f.to()) return true;
        }
        return false;
    }

    private enum Condition { NONE, IF, ONLY_IF, FRAME_IS_CONDITION }

    /** The condition in the frame's sentence: the frame inside a condition clause is itself the condition. */
    private static Condition condition(List<Word> w, int from, int to, PhraseIndex.Match<Integer> f) {
        Condition out = Condition.NONE;
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Boolean> only = Cues.ONLY_IF.matchAt(w, k, to);
            PhraseIndex.Match<Boolean> plain = only == null ? Cues.IF.matchAt(w, k, to) : null;
            PhraseIndex.Match<Boolean> m = only != null ? only : plain;
            if (m == null || atOnce(w, m) || duration(w, m, to) || rhetorical(w, m, to)) continue;
            if (m.from() >= f.from() && m.from() < f.to()) continue;            // part of the frame itself
            int clauseEnd = Clauses.clauseEnd(w, m.to(), to);
            if (f.from() >= m.to() && f.from() < clauseEnd) return Condition.FRAME_IS_CONDITION;
            if (only != null) out = Condition.ONLY_IF;
            else if (out == Condition.NONE) out = Condition.IF;
            k = m.to() - 1;
        }
        return out;
    }

    /**
     * "as long as the occupation continues", "so long as troops remain": a span of time, not a
     * condition the speaker sets; what is said holds throughout ("sanctions stay in place as long
     * as the troops remain" keeps them).
     */
    static boolean duration(List<Word> w, PhraseIndex.Match<?> m, int to) {
        if (!w.get(m.to() - 1).is("as") || m.to() - m.from() < 3) return false;
        int end = Clauses.clauseEnd(w, m.to(), to);
        for (int k = m.to(); k < end; k++) {
            String lemma = w.get(k).lemma();
            if (CONTINUING.contains(lemma) || w.get(k).is("still") || w.get(k).is("on") && k > m.to() && w.get(k - 1).lemma().equals("go")) return true;
        }
        return false;
    }

    /**
     * "If they want peace, let them leave": a plain "if" on what the other side wants is a way of
     * putting a demand, not a condition the speaker sets on agreeing.
     */
    static boolean rhetorical(List<Word> w, PhraseIndex.Match<?> m, int to) {
        if (!w.get(m.from()).is("if") || m.to() - m.from() != 1) return false;
        int end = Clauses.clauseEnd(w, m.to(), to);
        for (int k = m.to(); k < Math.min(end, m.to() + 4); k++) if (WISHING.contains(w.get(k).lemma())) return true;
        return false;
    }

    /** "at once" is no condition. */
    private static boolean atOnce(List<Word> w, PhraseIndex.Match<Boolean> m) {
        return w.get(m.from()).is("once") && m.from() > 0 && w.get(m.from() - 1).is("at");
    }

    /** True when the keyword's sentence puts a condition on it, the keyword itself outside the condition's clause. */
    private static boolean conditioned(List<Word> w, int from, int to, TopicHit h) {
        for (int k = from; k < to; k++) {
            PhraseIndex.Match<Boolean> m = Cues.ONLY_IF.matchAt(w, k, to);
            if (m == null) m = Cues.IF.matchAt(w, k, to);
            if (m == null || atOnce(w, m) || duration(w, m, to) || rhetorical(w, m, to)) continue;
            int end = Clauses.clauseEnd(w, m.to(), to);
            if (!(h.from() >= m.to() && h.from() < end) && !(h.from() >= m.from() && h.from() < m.to())) return true;
            k = m.to() - 1;
        }
        return false;
    }

    // ------------------------------------------------------------------ generic cues (topics without a frame here)

    private record Cue(int from, int to, Stance stance) {
    }

    private List<Cue> genericCues(List<Word> w, int cf, int ct, boolean[] consumed, String side) {
        int from = Math.max(0, cf - 3);             // the reporting verb when it takes a position ("rejected", "insisted")
        List<Cue> raw = new ArrayList<>();
        int conditionEnd = -1;
        for (PhraseIndex.Match<Stance> m : Cues.GENERIC.findAll(w, from, ct)) {
            if (m.from() < cf && (m.payload() == Stance.CONDITIONAL || m.payload() == Stance.OPPOSES && m.to() - m.from() == 1
                    && Cues.NEGATORS.contains(w.get(m.from()).lower()))) continue;
            if (m.payload() == Stance.CONDITIONAL && duration(w, m, ct)) continue;
            boolean used = false;
            for (int k = m.from(); k < m.to(); k++) used |= consumed[k];
            if (used || m.from() < conditionEnd) continue;
            if (NOUN_CUES.contains(w.get(m.from()).lower())
                    && (parties.ownedByOther(w, from, m.from(), side) || parties.agentIsOther(w, m.to(), ct, side) || governed(w, raw, m.from()))) continue;
            raw.add(new Cue(m.from(), m.to(), m.payload()));
            if (m.payload() == Stance.CONDITIONAL && CONDITION_OPENERS
                    .contains(w.get(m.from()).lower())) conditionEnd = Clauses.clauseEnd(w, m.to(), ct);
        }
        List<Cue> out = new ArrayList<>();
        for (Cue c : raw) {
            Cue last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean needs = c.stance() == Stance.DEMANDS && w.get(c.from()).lemma().equals("need");
            if ((c.stance() == Stance.SUPPORTS || needs) && last != null && last.to() >= c.from() - 3 && last.stance() == Stance.OPPOSES
                    && (negatorWord(w.get(last.from())) || Cues.NEGATING.matchAt(w, last.from(), last.to()) != null)) {
                out.set(out.size() - 1, new Cue(last.from(), c.to(), Stance.OPPOSES));   // "will never agree to", "does not need"
                continue;
            }
            if (c.stance() == Stance.SUPPORTS && last != null && last.stance() == Stance.CONDITIONAL && c.from() - last.to() <= 1) {
                out.set(out.size() - 1, new Cue(last.from(), c.to(), Stance.CONDITIONAL));   // "conditional interest in"
                continue;
            }
            out.add(c);
        }
        out.removeIf(c -> c.stance() == Stance.OPPOSES && c.to() - c.from() == 1 && negatorWord(w.get(c.from())) && notARefusal(w, c.from(), ct));
        return out;
    }

    /** A noun cue right after a verb cue, over a determiner or modifier ("reject (the) demands for"): the verb decides. */
    private static boolean governed(List<Word> w, List<Cue> before, int at) {
        if (before.isEmpty()) return false;
        Cue v = before.get(before.size() - 1);
        if (v.stance() != Stance.SUPPORTS && v.stance() != Stance.OPPOSES || NOUN_CUES.contains(w.get(v.from()).lower())) return false;
        if (at - v.to() > 2) return false;
        for (int k = v.to(); k < at; k++) if (!w.get(k).word() || w.get(k).capitalised()) return false;
        return true;
    }

    private static final Set<String> COPULAS = Lexicons.words(Lexicons.DIR + "label-claim-labeler-copulas.txt");

    /**
     * A bare negation that rejects nothing: before "yet" ("had not yet received the text") or
     * after "than" ("talking is better than not talking").
     */
    private static boolean notARefusal(List<Word> w, int k, int to) {
        if (k > 0 && w.get(k - 1).is("than")) return true;
        return k + 1 < to && w.get(k + 1).is("yet");
    }

    /**
     * A bare negation after a copula, before the keyword: it denies that something counts as the
     * topic ("short pauses are not a ceasefire", "a promise to consult is not a guarantee") and
     * takes no side on it. With the keyword as the subject ("our borders are not a bargaining
     * chip") it still rejects.
     */
    private static boolean deniesTheName(List<Word> w, Cue c, TopicHit h) {
        if (c.to() - c.from() != 1 || c.stance() != Stance.OPPOSES || c.to() > h.from()) return false;
        Word x = w.get(c.from());
        if (!negatorWord(x)) return false;
        return x.isAny(COPULAS) || c.from() > 0 && w.get(c.from() - 1).isAny(COPULAS);
    }

    private static boolean negatorWord(Word x) {
        return Cues.NEGATORS.contains(x.lower()) || x.lower().endsWith("n't");
    }

    /** The stance towards one keyword occurrence from the nearest generic cue. */
    private Decision fallback(List<Word> w, int cf, int ct, List<Cue> cues, TopicHit h, String side, Map<String, List<TopicHit>> all) {
        if (restrictedByRelative(w, cf, ct, h)) return relativeDecision(w, cf, cues, h);
        Cue best = null;
        int bestScore = Integer.MAX_VALUE;
        for (Cue c : cues) {
            if (deniesTheName(w, c, h)) continue;
            int score;
            if (c.to() <= h.from()) score = h.from() - c.to() + penalty(w, c.to(), h.from());
            else if (c.from() >= h.to()) score = c.from() - h.to() + 3 + penalty(w, h.to(), c.from());
            else if (c.from() == h.from() && h.to() - h.from() == 1 && !topics.isKeywordAt(w, h)) score = 0;   // a carried topic stands on the content's first word
            else continue;
            if (score > Clauses.SCOPE) continue;
            if (score < bestScore || score == bestScore && rank(c.stance()) < rank(best.stance())) {
                best = c;
                bestScore = score;
            }
        }
        int sFrom = Clauses.sentenceStart(w, cf, h.from());
        int sTo = Clauses.sentenceEnd(w, h.to(), ct);
        boolean threat = false;
        for (int k = sFrom; k < sTo && !threat; k++) threat = Cues.THREATS.matchAt(w, k, sTo) != null && !w.get(k).lower().startsWith("warn");
        if (best == null) return threat ? new Decision(Stance.DEMANDS, -1, -1, -1, -1) : Decision.NEUTRAL;
        Stance stance = best.stance();
        if (stance == Stance.CONDITIONAL && claimed.contains(h.slug()) && requiredByCondition(w, sFrom, sTo, h, all))
            return new Decision(Stance.DEMANDS, best.from(), best.to(), -1, -1);   // "a settlement only if the guarantees are approved"
        boolean governed = demandGoverns(w, cf, best.from());
        int first = Math.min(best.from(), h.from());
        if (stance != Stance.DEMANDS && !threat && !governed && parties.otherPartyActs(w, Clauses.clauseStart(w, cf, first), first, side))
            return Decision.NEUTRAL;              // "Moscow became interested in talks", said by Kyiv: another party's position reported
        if (stance == Stance.SUPPORTS && governed) stance = Stance.DEMANDS;   // "called for the allies to back the talks"
        if (stance == Stance.DEMANDS && topics.aboutADocument(h.slug()) && best.from() >= h.to() && best.from() <= h.to() + 1
                && MODALS_AFTER_SUBJECT.contains(w.get(best.from()).lower()))
            stance = Stance.CONDITIONAL;          // "the plan must respect our sovereignty": a requirement on the plan
        else if (stance == Stance.SUPPORTS && !threat && conditioned(w, sFrom, sTo, h)) stance = Stance.CONDITIONAL;
        if (threat && stance != Stance.OPPOSES) stance = Stance.DEMANDS;
        return new Decision(stance, best.from(), best.to(), -1, -1);
    }

    /**
     * "any agreement that legitimises occupation", "a ceasefire which Ukraine accepts": the
     * relative clause narrows the keyword to some of its kind, so a position taken on it is a
     * position on conditions.
     */
    private static boolean restrictedByRelative(List<Word> w, int cf, int ct, TopicHit h) {
        return h.from() > cf && w.get(h.from() - 1).isAny(RESTRICTED) && h.to() + 1 < ct
                && w.get(h.to()).isAny(RESTRICTIVE_RELATIVES) && w.get(h.to() + 1).word();
    }

    /** The cue before the keyword in its clause takes a side on the keyword as restricted: agreement or refusal on conditions. */
    private static Decision relativeDecision(List<Word> w, int cf, List<Cue> cues, TopicHit h) {
        int clauseStart = Clauses.clauseStart(w, cf, h.from());
        Cue best = null;
        for (Cue c : cues) {
            if (c.to() > h.from() || c.from() < clauseStart && c.from() >= cf) continue;
            if (c.stance() == Stance.NEUTRAL) continue;
            best = c;                              // the nearest before the keyword
        }
        if (best == null) return Decision.NEUTRAL;
        return new Decision(Stance.CONDITIONAL, best.from(), best.to(), -1, -1);
    }

    /**
     * The keyword stands inside the clause of a strict condition ("only if", "unless", "only
     * after") set on another topic the statement agrees to: what the speaker requires before
     * agreeing, so the speaker demands it. A statement on the one topic alone stays conditional,
     * and so does a topic without a claim (there is nothing to demand).
     */
    private static boolean requiredByCondition(List<Word> w, int from, int to, TopicHit h, Map<String, List<TopicHit>> all) {
        for (int k = from; k < h.from(); k++) {
            PhraseIndex.Match<Boolean> m = Cues.ONLY_IF.matchAt(w, k, to);
            if (m == null || atOnce(w, m) || !w.get(m.to() - 1).word()) continue;
            if (!STRICT_CONDITION_ENDS.contains(w.get(m.to() - 1).lower())) continue;
            int end = Clauses.clauseEnd(w, m.to(), to);
            if (h.from() >= m.to() && h.from() < end) {
                for (int j = m.to(); j < h.from(); j++) if (negatorWord(w.get(j))) return false;
                return agreedOutside(all, h.slug(), m.from(), end);
            }
        }
        return false;
    }

    /** Another topic stands outside the condition: the statement agrees to it on the condition. */
    private static boolean agreedOutside(Map<String, List<TopicHit>> all, String slug, int from, int to) {
        for (Map.Entry<String, List<TopicHit>> e : all.entrySet()) {
            if (e.getKey().equals(slug)) continue;
            for (TopicHit o : e.getValue()) if (o.from() < from || o.from() >= to) return true;
        }
        return false;
    }

    /**
     * A demand governs the supporting cue from earlier in its clause ("called for the allies to
     * back the talks", "urged Washington to commit to"): the speaker requires the support of
     * another. "Wanted to keep talking" is the speaker's own wish and does not count.
     */
    private static boolean demandGoverns(List<Word> w, int cf, int cueAt) {
        int clauseStart = Clauses.clauseStart(w, Math.max(0, cf - 3), cueAt);
        for (int k = clauseStart; k < cueAt; k++) {
            PhraseIndex.Match<Boolean> d = Cues.DEMANDING.matchAt(w, k, cueAt);
            if (d == null || Clauses.inOtherClause(w, k, cueAt) || subordinateBetween(w, d.to(), cueAt)) continue;
            String x = w.get(k).lower();
            if (x.startsWith("expect") || x.startsWith("priorit")) continue;
            if (x.startsWith("want") && d.to() < w.size() && w.get(d.to()).is("to")) continue;
            return true;
        }
        return clauseStart <= cf + 1 && reportingVerb(Cues.DEMANDING_REPORT, w, cf) >= 0;
    }

    /** "must keep up the pressure until Moscow is ready for talks": the cue stands in a clause of its own. */
    private static boolean subordinateBetween(List<Word> w, int from, int to) {
        for (int k = from; k < to; k++) if (w.get(k).isAny(SUBORDINATORS)) return true;
        return false;
    }

    private static int penalty(List<Word> w, int from, int to) {
        int p = 0;
        for (int k = from; k < to; k++) {
            if (w.get(k).clauseBreak()) p += 10;
            else if (w.get(k).is("but") || w.get(k).is("however")) p += 4;
        }
        return p;
    }

    private static int rank(Stance s) {
        return switch (s) {
            case CONDITIONAL -> 0;
            case DEMANDS -> 1;
            case OPPOSES -> 2;
            case SUPPORTS -> 3;
            default -> 4;
        };
    }

    private static boolean afterContrast(List<Word> w, Decision earlier, Decision later) {
        return later.stance() != earlier.stance() && later.cueFrom() > earlier.cueFrom() && Clauses.contrastBetween(w, earlier.cueFrom(), later.cueFrom());
    }

    // ------------------------------------------------------------------ clauses and parties

}
