package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.positionstracker.statement.Mode;

/**
 * Finds the statements of one article, sentence by sentence, in text order.
 *
 * <p>For every reporting cue outside quotation marks the speaker is looked for in this order:
 * "according to X"; the phrase on the left of the verb (skipping auxiliaries and adverbs, a
 * comma-delimited interrupter such as ", however," or an appositive such as ", the EU's foreign
 * policy chief,"); a relative pronoun ("Putin, who reiterated") points to the phrase before the
 * comma; "and"/"but" before the verb keeps the previous verb's speaker ("acknowledged ..., but
 * stressed ..."); a pronoun is resolved by {@link DiscourseMemory}; after a quote or comma the
 * speaker may follow the verb ("said Jane Doe, the minister"). The listener of "told"-type verbs
 * is skipped and is never the speaker.
 *
 * <p>Then the content:
 * <ul>
 * <li>DIRECT: a quote ending right before the attribution ("“...,” X said"), and a quote right
 *     after it behind a comma or colon ("X said: “...”", "“A,” she said, “B.”"). The content is
 *     inside the marks, without a trailing comma. A quote opening a later sentence with no
 *     attribution of its own continues the previous direct statement's speaker.</li>
 * <li>INDIRECT / PARTIAL: the reported clause after the verb (after "that" or a colon, and after
 *     a listener or a prepositional phrase before "that"), up to a semicolon, the sentence end,
 *     a participial phrase of the writer (", drawing ...", ", reiterating ..."), a following
 *     coordinated reporting verb or a trailing attribution; with a quotation inside it is
 *     PARTIAL. A trailing attribution ("The talks will resume, the official said.") reports the
 *     clause before its comma. Trailing punctuation is not part of the content.</li>
 * </ul>
 * The cue span is the reporting verb or phrase only ("said", "made clear", "according to"),
 * never the following "that".
 */
final class StatementFinder {

    private enum SubjectKind { LEFT, INVERTED, RELATIVE, COORDINATED, PRONOUN, ACCORDING }

    private static final class Attribution {
        final ReportingVerbs.Cue cue;
        SubjectKind kind;
        int subjFrom = -1;
        int subjTo = -1;
        SpeakerResolver.Resolved speaker;
        String pronoun;
        int after;
        int cut = -1;          // token where this attribution starts cutting an earlier clause, or -1
        boolean trailing;      // the attribution closes its sentence: "..., the official said."

        Attribution(ReportingVerbs.Cue cue) {
            this.cue = cue;
            this.after = cue.to();
        }
    }

    private record Emitted(ExtractedStatement statement, int paragraph, int sentenceIndex) {
    }

    private final SpeakerResolver resolver;
    private final TopicClassifier topics;

    StatementFinder(SpeakerResolver resolver, TopicClassifier topics) {
        this.resolver = resolver;
        this.topics = topics;
    }

    List<ExtractedStatement> find(String original, String masked, List<Sentence> sentences) {
        DiscourseMemory memory = new DiscourseMemory();
        List<ExtractedStatement> out = new ArrayList<>();
        Set<Integer> usedQuotes = new HashSet<>();
        Emitted last = null;
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            Sentence prev = si > 0 && sentences.get(si - 1).paragraph() == s.paragraph() ? sentences.get(si - 1) : null;
            SentenceWork w = new SentenceWork(original, masked, s, prev, memory, usedQuotes);
            List<ExtractedStatement> found = w.run(last);
            for (ExtractedStatement st : found) {
                out.add(st);
                last = new Emitted(st, s.paragraph(), si);
            }
        }
        return out;
    }

    /** The analysis of one sentence. */
    private final class SentenceWork {
        private final String text;
        private final String masked;
        private final Sentence s;
        private final Sentence prev;
        private final DiscourseMemory memory;
        private final Set<Integer> usedQuotes;
        private final List<Token> t;
        private final int n;
        private final boolean[] quoted;
        private final Quote[] openAt;
        private final Quote[] closeAt;
        private final List<ExtractedStatement> found = new ArrayList<>();
        private final List<int[]> claimed = new ArrayList<>();

        SentenceWork(String text, String masked, Sentence s, Sentence prev, DiscourseMemory memory, Set<Integer> usedQuotes) {
            this.text = text;
            this.masked = masked;
            this.s = s;
            this.prev = prev;
            this.memory = memory;
            this.usedQuotes = usedQuotes;
            this.t = s.tokens();
            this.n = t.size();
            this.quoted = new boolean[n];
            this.openAt = new Quote[n];
            this.closeAt = new Quote[n];
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

        List<ExtractedStatement> run(Emitted last) {
            if (s.headline()) return found;
            rememberNamedPeople();
            List<ReportingVerbs.Cue> cues = ReportingVerbs.find(t, quoted);
            List<Attribution> atts = new ArrayList<>();
            for (ReportingVerbs.Cue c : cues) {
                Attribution a = subject(c, atts);
                if (a != null) atts.add(a);
            }
            for (Attribution a : atts) markCut(a);
            for (Attribution a : atts) {
                if (isClaimed(a.cue.from())) continue;
                statements(a, atts);
            }
            continuation(last);
            return found;
        }

        // ---------------------------------------------------------------- speakers

        /** Remembers "Title Firstname Lastname" mentions for later surname-only references. */
        private void rememberNamedPeople() {
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
                    int rs = NounPhrases.leftFrom(t, k);
                    r = resolver.resolve(t, nameStart, e, rs < 0 ? k : rs, k + 1, memory);
                }
                if (r != null && !r.ref().inCodebook()) memory.mentioned(r.ref());
                k = e - 1;
            }
        }

        private Attribution subject(ReportingVerbs.Cue c, List<Attribution> before) {
            Attribution a = new Attribution(c);
            if (c.kind().according()) {
                int e = NounPhrases.rightFrom(t, c.to());
                if (e < 0) return null;
                a.kind = SubjectKind.ACCORDING;
                a.subjFrom = c.to();
                a.subjTo = e;
                a.speaker = resolver.resolve(t, c.to(), e, -1, -1, memory);
                a.after = e;
                return a.speaker == null ? null : a;
            }
            int k = skipAux(c.from() - 1);
            int appFrom = -1;
            int appTo = -1;
            boolean skippedRelative = false;
            for (int guard = 0; guard < 4 && k > 0 && t.get(k).isPunct(','); guard++) {
                int j = previousComma(k);
                if (j < 0 || j + 1 >= k) break;
                if (relativeClause(j + 1)) {
                    k = j;                 // an appositive may end at this comma: "X, envoy, who chairs Y, said"
                    skippedRelative = true;
                    continue;
                }
                if (interrupter(j + 1, k)) {
                    k = skipAux(j - 1);
                    continue;
                }
                if (appFrom < 0 && appositive(j + 1, k) && j > 0 && t.get(j - 1).word()) {
                    appFrom = j + 1;
                    appTo = roleEnd(j + 1, k);
                    k = j - 1;
                    continue;
                }
                if (nameChunk(j + 1, k) && j > 1 && roleNounAt(j - 1)) {
                    // "the EU's trade commissioner, Katarina Lindqvist, said"
                    int rs = NounPhrases.leftFrom(t, j - 1);
                    a.kind = SubjectKind.LEFT;
                    a.subjFrom = rs >= 0 ? rs : j + 1;
                    a.subjTo = k;
                    a.speaker = resolver.resolve(t, j + 1, k, rs >= 0 ? rs : -1, rs >= 0 ? j : -1, memory);
                    if (a.speaker != null) a.speaker = new SpeakerResolver.Resolved(a.speaker.ref(), new TextSpan(t.get(j + 1).start(), t.get(k - 1).end()));
                    k = -2;
                }
                break;
            }
            if (skippedRelative && k >= 0 && t.get(k).isPunct(',')) k = skipAux(k - 1);
            if (k == -2) {
                if (a.speaker == null) return null;
                if (c.kind().addressee() && a.after < n && t.get(a.after).word() && !t.get(a.after).is("that")) {
                    int e = NounPhrases.rightFrom(t, a.after);
                    if (e > 0) a.after = e;
                }
                return a;
            }
            String w = k >= 0 ? t.get(k).lower() : "";
            if ((w.equals("who") || w.equals("which")) && k > 0) {
                int ant = t.get(k - 1).isPunct(',') ? k - 2 : k - 1;
                int st = ant >= 0 ? NounPhrases.leftFrom(t, ant) : -1;
                if (st < 0) return null;
                a.kind = SubjectKind.RELATIVE;
                a.subjFrom = st;
                a.subjTo = ant + 1;
                int[] role = roleBefore(st);
                a.speaker = resolver.resolve(t, st, ant + 1, role == null ? -1 : role[0], role == null ? -1 : role[1], memory);
            } else if ((w.equals("and") || w.equals("but") || w.equals("yet")) && !before.isEmpty()) {
                Attribution p = before.get(before.size() - 1);
                a.kind = SubjectKind.COORDINATED;
                a.speaker = p.speaker;
                a.pronoun = p.pronoun;
                a.subjFrom = p.subjFrom;
                a.subjTo = p.subjTo;
                a.cut = k > 0 && t.get(k - 1).isPunct(',') ? k - 1 : k;
            } else if (SpeakerWords.PRONOUNS.contains(w)) {
                SpeakerRef ref = memory.pronoun(w);
                if (ref == null) return null;
                a.kind = SubjectKind.PRONOUN;
                a.pronoun = w;
                a.subjFrom = k;
                a.subjTo = k + 1;
                a.speaker = new SpeakerResolver.Resolved(ref, t.get(k).span());
            } else if (k >= 0 && t.get(k).word()) {
                int st = NounPhrases.leftFrom(t, k);
                if (st >= 0) {
                    a.kind = SubjectKind.LEFT;
                    a.subjFrom = st;
                    a.subjTo = k + 1;
                    int[] role = appFrom < 0 ? roleBefore(st) : null;
                    if (role != null) {
                        appFrom = role[0];
                        appTo = role[1];
                    }
                    a.speaker = resolver.resolve(t, st, k + 1, appFrom, appTo, memory);
                    if (a.speaker != null && role != null) {
                        a.speaker = new SpeakerResolver.Resolved(a.speaker.ref(), new TextSpan(t.get(st).start(), t.get(k).end()));
                        a.subjFrom = role[0];
                    }
                }
            }
            if (a.speaker == null && c.kind().invertible()
                    && (k < 0 || t.get(k).isPunct(',') || t.get(k).isPunct(':') || closeAt[k] != null)) {
                int e = NounPhrases.rightFrom(t, c.to());
                if (e > 0 && e < n && t.get(e).word() && !isAdverbialStart(t.get(e))) e = -1;  // "said Europe would ..."
                if (e > 0) {
                    int ae = -1;
                    if (e + 1 < n && t.get(e).isPunct(',') && appositiveStart(e + 1)) ae = NounPhrases.rightFrom(t, e + 1);
                    a.kind = SubjectKind.INVERTED;
                    a.subjFrom = c.to();
                    a.subjTo = e;
                    a.speaker = resolver.resolve(t, c.to(), e, ae > 0 ? e + 1 : -1, ae > 0 ? ae : -1, memory);
                    a.after = ae > 0 ? ae : e;
                }
            }
            if (a.speaker == null) return null;
            if (c.kind().addressee() && a.after < n && t.get(a.after).word() && !t.get(a.after).is("that")) {
                int e = NounPhrases.rightFrom(t, a.after);
                if (e > 0) a.after = e;
            }
            return a;
        }

        private int skipAux(int k) {
            while (k >= 0 && SpeakerWords.adverb(t.get(k))) k--;
            return k;
        }

        private int previousComma(int k) {
            for (int j = k - 1; j >= 0 && j >= k - 30; j--) {
                Token x = t.get(j);
                if (x.isPunct(',')) return j;
                if (!x.word() && !x.isPunct('\u2019') && !x.isPunct('\'') && !x.isPunct('-')) return -1;
            }
            return -1;
        }

        /** A non-restrictive relative clause: ", who chairs the alliance," / ", which represents ...". */
        private boolean relativeClause(int from) {
            String w = t.get(from).lower();
            return w.equals("who") || w.equals("which") || w.equals("where") || w.equals("whose") || w.equals("whom");
        }

        /** The end of an appositive's role words: before a relative clause ("a forklift operator who has ..."). */
        private int roleEnd(int from, int to) {
            for (int k = from + 1; k < to; k++) {
                String w = t.get(k).lower();
                if (w.equals("who") || w.equals("which") || w.equals("that") || w.equals("whose")) return k;
            }
            return to;
        }

        /** Tokens [from, to) are a capitalised name ("Katarina Lindqvist", "Khalid al-Mannai"). */
        private boolean nameChunk(int from, int to) {
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
        private boolean roleNounAt(int k) {
            Token x = t.get(k);
            return x.word() && SpeakerWords.roleOrGroup(x) && (!x.capitalised() || k > 0 && t.get(k - 1).word());
        }

        /** "Saudi Arabia's lead negotiator, Faisal al-Harbi": the role phrase before a name and its comma, or null. */
        private int[] roleBefore(int nameStart) {
            if (nameStart < 2 || !t.get(nameStart - 1).isPunct(',') || !roleNounAt(nameStart - 2)) return null;
            if (!SpeakerWords.nameLike(t.get(nameStart))) return null;
            int rs = NounPhrases.leftFrom(t, nameStart - 2);
            return rs < 0 ? null : new int[] {rs, nameStart - 1};
        }

        private boolean interrupter(int from, int to) {
            String chunk = Lexicon.norm(SpeakerResolver.join(t, from, to, false));
            if (SpeakerWords.INTERRUPTERS.contains(chunk)) return true;
            Token first = t.get(from);
            if (SpeakerWords.participle(first)) return true;
            String f = first.lower();
            boolean prep = f.equals("in") || f.equals("on") || f.equals("at") || f.equals("during") || f.equals("after")
                    || f.equals("speaking") || f.equals("for") || f.equals("like") || f.equals("unlike") || f.equals("meanwhile");
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
        private boolean appositive(int from, int to) {
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

        private boolean appositiveStart(int k) {
            Token x = t.get(k);
            return SpeakerWords.DETERMINERS.contains(x.lower()) || (SpeakerWords.roleOrGroup(x) && !x.capitalised())
                    || SpeakerWords.MODIFIERS.contains(x.lower()) || x.possessive();
        }

        // ---------------------------------------------------------------- clause cuts

        private void markCut(Attribution a) {
            if (a.cut >= 0) return;
            int edge = switch (a.kind) {
                case LEFT, PRONOUN -> a.subjFrom;
                case INVERTED, ACCORDING -> a.cue.from();
                default -> -1;
            };
            if (edge > 0 && t.get(edge - 1).isPunct(',') && closeAt[Math.max(0, edge - 2)] == null && endsAfter(a.after)) {
                a.cut = edge - 1;
                a.trailing = true;
            } else if (a.kind == SubjectKind.ACCORDING && edge > 0 && t.get(edge - 1).isPunct(',')) {
                a.cut = edge - 1;
                a.trailing = endsAfter(a.after);
            }
        }

        /** True when nothing but a short adverbial, the sentence end or a writer's participle follows token {@code r}. */
        private boolean endsAfter(int r) {
            int k = r;
            if (k < n && t.get(k).word() && isAdverbialStart(t.get(k))) {
                int words = 0;
                while (k < n && t.get(k).word() && words < 6) {
                    k++;
                    words++;
                }
            }
            if (k >= n) return true;
            Token x = t.get(k);
            if (x.isPunct('.') || x.isPunct('!') || x.isPunct('?')) return k == n - 1 || allClosing(k + 1);
            if (x.isPunct(',') || x.isPunct('\u2014') || x.isPunct('\u2013')) {
                if (k + 1 >= n) return true;
                Token y = t.get(k + 1);
                return SpeakerWords.participle(y) || y.is("according") || SpeakerWords.CONJUNCTIONS.contains(y.lower())
                        || y.is("as") || relativeClause(k + 1);
            }
            return x.is("who") || x.is("which");
        }

        private boolean allClosing(int from) {
            for (int k = from; k < n; k++) {
                if (t.get(k).word()) return false;
            }
            return true;
        }

        private boolean isAdverbialStart(Token x) {
            return switch (x.lower()) {
                case "in", "on", "at", "during", "after", "late", "earlier", "last", "this", "to", "with", "via",
                     "from", "before", "while", "when", "recently", "today", "yesterday", "tuesday", "monday",
                     "wednesday", "thursday", "friday", "saturday", "sunday" -> true;
                default -> false;
            };
        }

        // ---------------------------------------------------------------- statements

        private void statements(Attribution a, List<Attribution> atts) {
            Quote before = quoteBefore(a);
            int sentenceNumber = s.number();
            if (before == null && prev != null && a.trailing == false && attributionStartsSentence(a) && endsAfter(a.after)) {
                before = previousSentenceQuote();
                if (before != null) sentenceNumber = prev.number();
            }
            Quote afterQ = quoteAfter(a);
            if (before != null) {
                direct(a, before, sentenceNumber, sentenceNumber == s.number() ? t : prev.tokens());
            }
            if (afterQ != null) {
                direct(a, afterQ, s.number(), t);
            }
            if (before != null || afterQ != null) return;

            int cs;
            int ce;
            if (a.trailing && a.cut > 0) {
                cs = clauseStart(a.cut);
                ce = a.cut;
            } else if (a.kind == SubjectKind.ACCORDING && a.cue.from() <= 1 && a.after < n && t.get(a.after).isPunct(',')) {
                cs = a.after + 1;
                ce = clauseEnd(cs, atts, a);
            } else if (a.kind == SubjectKind.ACCORDING) {
                return;
            } else {
                cs = contentStart(a);
                if (a.cue.kind().needsThat() && (cs == 0 || !(t.get(cs - 1).is("that") || t.get(cs - 1).isPunct(':')))) return;
                ce = clauseEnd(cs, atts, a);
            }
            ce = trimEnd(cs, ce);
            while (cs < ce && !t.get(cs).word() && openAt[cs] == null) cs++;
            int words = 0;
            boolean hasQuote = false;
            for (int k = cs; k < ce; k++) {
                if (t.get(k).word()) words++;
                if (openAt[k] != null) hasQuote = true;
            }
            if (words < 2) return;
            for (int k = cs; k < ce; k++) {
                if (openAt[k] != null) usedQuotes.add(openAt[k].open());
            }
            Mode mode = hasQuote ? Mode.PARTIAL : Mode.INDIRECT;
            int scopeFrom = cs;
            int scopeTo = ce;
            if (mode == Mode.PARTIAL && words < 6) {
                scopeFrom = 0;
                scopeTo = n;
            }
            int stanceFrom = a.cue.kind().position() ? Math.min(a.cue.from(), scopeFrom) : scopeFrom;
            int stanceTo = a.cue.kind().position() ? Math.max(a.cue.to(), scopeTo) : scopeTo;
            emit(a, mode, new TextSpan(t.get(cs).start(), t.get(ce - 1).end()), sentenceNumber, scopeFrom, scopeTo, stanceFrom, stanceTo, t);
            claimed.add(new int[] {cs, ce});
        }

        private boolean attributionStartsSentence(Attribution a) {
            int edge = switch (a.kind) {
                case LEFT, PRONOUN -> a.subjFrom;
                case INVERTED -> a.cue.from();
                default -> -1;
            };
            return edge == 0;
        }

        private Quote previousSentenceQuote() {
            List<Token> pt = prev.tokens();
            if (pt.isEmpty()) return null;
            Token lastTok = pt.get(pt.size() - 1);
            for (Quote q : prev.quotes()) {
                if (q.close() == lastTok.start() && !usedQuotes.contains(q.open())) return q;
            }
            return null;
        }

        private Quote quoteBefore(Attribution a) {
            int edge = switch (a.kind) {
                case LEFT, PRONOUN -> a.subjFrom;
                case INVERTED -> a.cue.from();
                default -> -1;
            };
            if (edge <= 0) return null;
            int p = edge - 1;
            if (t.get(p).isPunct(',') && p > 0) p--;
            Quote q = closeAt[p];
            if (q == null || usedQuotes.contains(q.open())) return null;
            return q;
        }

        private Quote quoteAfter(Attribution a) {
            int r = a.after;
            int limit = Math.min(n, r + 10);
            int k = r;
            while (k < limit && t.get(k).word() && !t.get(k).is("that")) k++;
            if (k >= n) return null;
            Token x = t.get(k);
            Quote q = null;
            if ((x.isPunct(',') || x.isPunct(':')) && k + 1 < n) q = openAt[k + 1];
            else if (k == r && openAt[k] != null && openAt[k].end() >= lastWordEnd()) q = openAt[k];
            if (q == null || usedQuotes.contains(q.open())) return null;
            if (x.isPunct(',') && k > r && quoteBefore(a) == null) return null; // "said on Monday, “...”" only with a colon
            return q;
        }

        private int lastWordEnd() {
            for (int k = n - 1; k >= 0; k--) {
                if (t.get(k).word()) return t.get(k).end();
            }
            return s.end();
        }

        private void direct(Attribution a, Quote q, int sentenceNumber, List<Token> qt) {
            usedQuotes.add(q.open());
            relativeSpeaker = a.kind == SubjectKind.RELATIVE;
            int cs = q.contentStart();
            int ce = q.contentEnd();
            while (cs < ce && Character.isWhitespace(masked.charAt(cs))) cs++;
            while (ce > cs && (Character.isWhitespace(masked.charAt(ce - 1)) || masked.charAt(ce - 1) == ',')) ce--;
            if (ce <= cs) return;
            int tf = -1;
            int tt = -1;
            for (int k = 0; k < qt.size(); k++) {
                if (qt.get(k).start() >= cs && qt.get(k).end() <= ce) {
                    if (tf < 0) tf = k;
                    tt = k + 1;
                }
            }
            if (tf < 0) return;
            boolean anyWord = false;
            for (int k = tf; k < tt; k++) anyWord |= qt.get(k).word();
            if (!anyWord) return;
            emitWith(a.speaker.ref(), a.speaker.mention(), a.cue == null ? null : cueSpan(a), a.pronoun, Mode.DIRECT,
                    new TextSpan(cs, ce), sentenceNumber, tf, tt, tf, tt, qt, null);
        }

        private TextSpan cueSpan(Attribution a) {
            return new TextSpan(t.get(a.cue.from()).start(), t.get(a.cue.to() - 1).end());
        }

        private boolean relativeSpeaker;

        private void emit(Attribution a, Mode mode, TextSpan content, int sentenceNumber,
                          int topicFrom, int topicTo, int stanceFrom, int stanceTo, List<Token> tokens) {
            relativeSpeaker = a.kind == SubjectKind.RELATIVE;
            emitWith(a.speaker.ref(), a.speaker.mention(), cueSpan(a), a.pronoun, mode, content, sentenceNumber,
                    topicFrom, topicTo, stanceFrom, stanceTo, tokens, null);
        }

        private void emitWith(SpeakerRef speaker, TextSpan mention, TextSpan cue, String pronoun, Mode mode,
                              TextSpan content, int sentenceNumber, int topicFrom, int topicTo, int stanceFrom,
                              int stanceTo, List<Token> tokens, String unused) {
            List<TopicStance> ts = new ArrayList<>();
            List<StanceDetector.Cue> cues = StanceDetector.cues(tokens, stanceFrom, stanceTo);
            for (TopicClassifier.Hit h : topics.find(tokens, topicFrom, topicTo)) {
                StanceDetector.Decision d = StanceDetector.decide(cues, tokens, h.from(), h.to());
                TextSpan kw = new TextSpan(tokens.get(h.from()).start(), tokens.get(h.to() - 1).end());
                TextSpan cueSpan = d.cue() == null ? null
                        : new TextSpan(tokens.get(d.cue().from()).start(), tokens.get(d.cue().to() - 1).end());
                ts.add(new TopicStance(h.slug(), d.stance(), kw, cueSpan));
            }
            SpeakerRef ref = memory.canonical(speaker);
            memory.spoke(ref, pronoun, !relativeSpeaker);
            found.add(new ExtractedStatement(sentenceNumber, mode, content, content.coveredText(text), ref, mention, cue, ts));
        }

        private int contentStart(Attribution a) {
            int r = a.after;
            if (r >= n) return n;
            Token x = t.get(r);
            if (x.is("that") || x.isPunct(':')) return r + 1;
            if (x.isPunct(',') && r + 1 < n && t.get(r + 1).is("that")) return r + 2;
            boolean mayDelay = a.cue.kind().addressee() || isAdverbialStart(x) || SpeakerWords.adverb(x);
            if (mayDelay) {
                for (int m = r; m < Math.min(n, r + 12); m++) {
                    Token y = t.get(m);
                    if (y.is("that")) return m + 1;
                    if (!y.word() && !y.isPunct(',')) break;
                }
            }
            return r;
        }

        private int clauseStart(int cut) {
            int st = 0;
            for (int[] c : claimed) {
                if (c[1] <= cut) st = Math.max(st, c[1]);
            }
            for (ExtractedStatement e : found) {
                if (e.content().end() <= t.get(cut).start()) {
                    for (int k = st; k < cut; k++) {
                        if (t.get(k).start() >= e.content().end()) {
                            st = Math.max(st, k);
                            break;
                        }
                    }
                }
            }
            return st;
        }

        private int clauseEnd(int cs, List<Attribution> atts, Attribution self) {
            Set<Integer> cuts = new HashSet<>();
            for (Attribution o : atts) {
                if (o != self && o.cut > cs) cuts.add(o.cut);
            }
            int k = cs;
            while (k < n) {
                if (quoted[k]) {
                    k++;
                    continue;
                }
                if (cuts.contains(k)) break;
                Token x = t.get(k);
                if (x.isPunct(';')) break;
                if ((x.isPunct('.') || x.isPunct('!') || x.isPunct('?')) && k < n - 1) break;
                if ((x.isPunct(',') || x.isPunct('\u2014') || x.isPunct('\u2013')) && k + 1 < n
                        && (SpeakerWords.participle(t.get(k + 1)) || t.get(k + 1).is("according"))) break;
                k++;
            }
            return k;
        }

        private int trimEnd(int cs, int ce) {
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

        private boolean isClaimed(int tok) {
            for (int[] c : claimed) {
                if (tok >= c[0] && tok < c[1]) return true;
            }
            return false;
        }

        // ---------------------------------------------------------------- continuation quotes

        private void continuation(Emitted last) {
            if (!found.isEmpty()) return;
            if (last == null || last.statement().mode() != Mode.DIRECT) return;
            if (s.paragraph() - last.paragraph() > 1) return;
            for (int k = 0; k < n; k++) {
                Quote q = openAt[k];
                if (q == null) continue;
                if (usedQuotes.contains(q.open())) continue;
                if (k != firstToken()) continue;
                int words = 0;
                for (int m = k + 1; m < n && t.get(m).start() < q.contentEnd(); m++) if (t.get(m).word()) words++;
                if (words < 3) continue;
                ExtractedStatement p = last.statement();
                Attribution fake = new Attribution(new ReportingVerbs.Cue(0, 0, null));
                fake.speaker = new SpeakerResolver.Resolved(p.speaker(), p.speakerMention());
                usedQuotes.add(q.open());
                int cs = q.contentStart();
                int ce = q.contentEnd();
                while (cs < ce && Character.isWhitespace(masked.charAt(cs))) cs++;
                while (ce > cs && (Character.isWhitespace(masked.charAt(ce - 1)) || masked.charAt(ce - 1) == ',')) ce--;
                if (ce <= cs) continue;
                relativeSpeaker = false;
                int tf = k + 1;
                int tt = tf;
                while (tt < n && t.get(tt).end() <= ce) tt++;
                emitWith(p.speaker(), p.speakerMention(), null, null, Mode.DIRECT, new TextSpan(cs, ce), s.number(),
                        tf, tt, tf, tt, t, null);
            }
        }

        private int firstToken() {
            return 0;
        }
    }
}
