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
 *
 * <p>Documents as sources ("the statement read", "a statement from the ministry said", "according
 * to a report by X", nouns of {@code document-nouns.txt}): the statement goes to the document's
 * issuer - a possessive ("the ministry's letter"), a name before the noun ("a Kremlin statement"),
 * "from"/"by" after it, a possessive pronoun ("its statement"), or for a definite "the statement"
 * the actor that "said in a statement", "issued a statement" or was named with one earlier in the
 * sentence or article. With no issuer that can be told ("a joint statement said", "a draft seen by
 * Reuters") there is no statement: a document is never a speaker. "read" is a reporting verb only
 * after a document.
 *
 * <p>Layout conventions: the title block (headline lines before the body) is read after the body,
 * and a line there counts only when its speaker is a person who also speaks in the body ("X says
 * ...", wire titles ending "... — Putin"); a paragraph opening with a capitalised label of a known
 * person and a colon ("WHITLOCK: ...") is that person's direct answer in a transcript. Descriptor
 * anaphora ("the Russian leader", "the diplomat", "the head of state") goes through
 * {@link RoleDescriptors}. A writer's closing comment (", without specifying ...", ", but did not
 * elaborate") ends an indirect statement.
 *
 * <p>After the whole article, a singular role phrase used as a speaker ("Turkey's foreign minister")
 * whose words all appear in the role of exactly one named person of the article ("Foreign Minister
 * Selim Ozturk") becomes that person ({@code namedRoles}); words for the head of a body ("chief",
 * "leader", "head") stand for one another, as titles use them ("union chief" for a union leader).
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

    /** Verbs that put out a document ("issued a statement", "a letter signed by"). */
    private static final Set<String> ISSUING = Set.of("issued", "issues", "issue", "released", "releases", "published",
            "publishes", "sent", "sends", "signed", "posted", "posts", "wrote", "put", "circulated", "distributed", "shared");

    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tonight");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");

    private final SpeakerResolver resolver;
    StatementFinder(SpeakerResolver resolver) {
        this.resolver = resolver;
    }

    List<ExtractedStatement> find(String original, String masked, List<Sentence> sentences, DiscourseMemory memory) {
        List<ExtractedStatement> out = new ArrayList<>();
        Set<Integer> usedQuotes = new HashSet<>();
        Emitted last = null;
        int topBlock = 0;                  // the title block: headline lines before the first body line
        while (topBlock < sentences.size() && sentences.get(topBlock).headline()) topBlock++;
        int transcriptParagraph = -1;
        for (int si = 0; si < sentences.size(); si++) {
            ExtractionBudget.checkpoint();
            Sentence s = sentences.get(si);
            if (s.paragraph() == transcriptParagraph) continue;
            Sentence prev = si > 0 && sentences.get(si - 1).paragraph() == s.paragraph() ? sentences.get(si - 1) : null;
            SentenceWork w = new SentenceWork(original, masked, s, prev, memory, usedQuotes);
            if (prev == null && !s.headline()) {
                int end = si;
                while (end + 1 < sentences.size() && sentences.get(end + 1).paragraph() == s.paragraph()) end++;
                ExtractedStatement answer = w.transcriptAnswer(sentences.get(end).end());
                if (answer != null) {
                    out.add(answer);
                    last = new Emitted(answer, s.paragraph(), si);
                    transcriptParagraph = s.paragraph();
                    continue;
                }
            }
            List<ExtractedStatement> found = w.run(last);
            for (ExtractedStatement st : found) {
                out.add(st);
                last = new Emitted(st, s.paragraph(), si);
            }
        }
        // the title block last, when every speaker of the body is known ("... — Putin", "Whitlock says ...")
        List<ExtractedStatement> titles = new ArrayList<>();
        for (int si = 0; si < topBlock; si++) {
            SentenceWork w = new SentenceWork(original, masked, sentences.get(si), null, memory, usedQuotes);
            w.inTitle = true;
            titles.addAll(w.run(null));
        }
        if (titles.isEmpty()) return namedRoles(out, memory, original);
        int bodyCount = out.size();
        List<ExtractedStatement> all = new ArrayList<>(titles);
        all.addAll(out);
        all = namedRoles(all, memory, original);
        Set<String> bodyPeople = new HashSet<>();
        for (int i = titles.size(); i < all.size(); i++) {
            SpeakerRef sp = all.get(i).speaker();
            if (sp.kind() == org.positionstracker.actor.ActorKind.PERSON) bodyPeople.add(sp.canonicalName());
        }
        List<ExtractedStatement> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            ExtractedStatement st = all.get(i);
            if (i < titles.size() && !(st.speaker().kind() == org.positionstracker.actor.ActorKind.PERSON
                    && bodyPeople.contains(st.speaker().canonicalName()))) continue;   // a title speaks only for a body speaker
            kept.add(st);
        }
        return kept.size() == bodyCount ? kept : kept;
    }

    /**
     * A person first introduced by role alone and named elsewhere ("Turkey's foreign minister
     * said ..." and "Foreign Minister Selim Ozturk said ..."): a definite or possessive singular
     * role phrase whose words (other than places and determiners) all appear in the role of
     * exactly one named person of the article, with no conflicting country, is that person. A
     * vague role ("the minister" with no other word and no country) or an indefinite one ("a
     * spokesperson", one of several) is left as it is.
     */
    private List<ExtractedStatement> namedRoles(List<ExtractedStatement> statements, DiscourseMemory memory, String text) {
        List<SpeakerRef> people = null;
        java.util.Map<String, SpeakerRef> replaced = new java.util.HashMap<>();
        java.util.Map<String, SpeakerRef> enriched = new java.util.HashMap<>();
        List<ExtractedStatement> out = new ArrayList<>(statements.size());
        for (ExtractedStatement st : statements) {
            SpeakerRef sp = st.speaker();
            SpeakerRef to = null;
            if (sp.kind() == org.positionstracker.actor.ActorKind.GROUP && !sp.inCodebook() && st.speakerMention() != null) {
                String key = sp.canonicalName();
                if (replaced.containsKey(key)) {
                    to = replaced.get(key);
                } else {
                    if (people == null) people = memory.namedPeopleWithRoles();
                    to = personForRole(sp, st.speakerMention().coveredText(text), people);
                    replaced.put(key, to);
                }
            }
            if (to != null && to.speaksFor() == null && sp.speaksFor() != null) {    // "Turkey's foreign minister": Turkey
                to = new SpeakerRef(to.canonicalName(), to.kind(), sp.speaksFor(), to.role(), to.inCodebook());
                replaced.put(sp.canonicalName(), to);
            }
            if (to != null) enriched.put(to.canonicalName(), to);
            out.add(st);
        }
        if (enriched.isEmpty()) return statements;
        List<ExtractedStatement> merged = new ArrayList<>(out.size());
        for (ExtractedStatement st : out) {
            SpeakerRef sp = st.speaker();
            SpeakerRef to = replaced.get(sp.canonicalName());
            if (to == null || sp.kind() != org.positionstracker.actor.ActorKind.GROUP) to = enriched.get(sp.canonicalName());
            merged.add(to == null ? st : new ExtractedStatement(st.sentenceNumber(), st.mode(), st.content(), st.text(), to,
                    st.speakerMention(), st.cue(), st.topics(), st.rule()));
        }
        return merged;
    }

    /** Words for the person at the head of a body, interchangeable in titles ("union chief" for a union leader). */
    private static final Set<String> LEADERSHIP = Set.of("leader", "chief", "head", "boss", "president", "chairman",
            "chairwoman", "chair", "director", "ceo");

    private static boolean leads(String role) {
        for (String w : LEADERSHIP) {
            if (role.contains(" " + w + " ")) return true;
        }
        return false;
    }

    private SpeakerRef personForRole(SpeakerRef group, String mention, List<SpeakerRef> people) {
        List<Token> mt = WordTokenizer.tokenize(mention, 0, mention.length());
        if (mt.isEmpty()) return null;
        String first = mt.get(0).lower();
        if (first.equals("a") || first.equals("an") || first.equals("one") || first.equals("another")) return null;
        List<Token> gt = WordTokenizer.tokenize(group.canonicalName(), 0, group.canonicalName().length());
        if (gt.isEmpty()) return null;
        Token head = gt.get(gt.size() - 1);
        if (!SpeakerWords.ROLES.contains(head.bare()) || SpeakerWords.GROUPS.contains(head.bare())) return null;
        List<String> words = new ArrayList<>();
        for (Token x : gt) {
            if (!x.word() || SpeakerWords.DETERMINERS.contains(x.lower()) || x.capitalised() || x.possessive()
                    && !SpeakerWords.roleOrGroup(x)) continue;
            if (SpeakerWords.PREPOSITIONS_IN_NAMES.contains(x.lower())) return null;   // "spokesperson for the ministry"
            words.add(x.bare());
        }
        if (words.size() < 2 && group.speaksFor() == null) return null;
        SpeakerRef match = null;
        for (SpeakerRef p : people) {
            if (group.speaksFor() != null && p.speaksFor() != null && !group.speaksFor().equals(p.speaksFor())) continue;
            String role = " " + Lexicon.norm(p.role()).replace("'s", "") + " ";
            boolean all = true;
            for (String w : words) all &= role.contains(" " + w + " ") || LEADERSHIP.contains(w) && leads(role);
            if (!all) continue;
            if (match != null && !match.canonicalName().equals(p.canonicalName())) return null;   // ambiguous
            match = p;
        }
        return match;
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

        /** Set for a line of the title block: its verbs are reports, and "... — Name" attributes the line. */
        boolean inTitle;

        List<ExtractedStatement> run(Emitted last) {
            if (s.headline() && !inTitle) return found;
            if (inTitle && (titleDash() || titleColon())) return found;
            memory.nextSentence();
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
            rememberIssuers(atts);
            rememberSubjects();
            return found;
        }

        // ---------------------------------------------------------------- title block and transcripts

        /**
         * A wire-style title attributed by a trailing dash and a name: "Russia remains open to talks
         * — Putin". The line before the dash is the person's indirect statement (partial with a quote).
         */
        private boolean titleDash() {
            int d = -1;
            for (int k = n - 2; k >= Math.max(1, n - 5); k--) {
                Token x = t.get(k);
                if (x.isPunct('\u2014') || x.isPunct('\u2013') || x.isPunct('-')) {
                    d = k;
                    break;
                }
                if (!SpeakerWords.nameLike(x) || quoted[k]) return false;
            }
            if (d < 4) return false;
            for (int k = d + 1; k < n; k++) {
                if (!SpeakerWords.nameLike(t.get(k)) && !t.get(k).isPunct('.')) return false;
            }
            int words = 0;
            boolean hasQuote = false;
            for (int k = 0; k < d; k++) {
                if (t.get(k).word()) words++;
                if (openAt[k] != null) hasQuote = true;
            }
            if (words < 4) return false;
            int e = n;
            while (e > d + 1 && !t.get(e - 1).word()) e--;
            SpeakerResolver.Resolved r = resolver.resolve(t, d + 1, e, -1, -1, memory);
            if (r == null || r.ref().kind() != org.positionstracker.actor.ActorKind.PERSON) return false;
            int ce = trimEnd(0, d);
            relativeSpeaker = false;
            emitWith(r.ref(), r.mention(), null, null, hasQuote ? Mode.PARTIAL : Mode.INDIRECT,
                    new TextSpan(t.get(0).start(), t.get(ce - 1).end()), s.number(), 0, ce, 0, ce, t, "v3-title-dash");
            return true;
        }

        /**
         * A title attributed by a leading name and a colon: "Kline: strike will go on until wages
         * rise". The rest of the line is the person's statement: direct when it is one quotation,
         * else indirect (partial with a quote). Labels that are not a person ("Live:", "Greece
         * wildfires:") resolve to no person, and the title block keeps only body speakers anyway; a
         * line with a reporting verb of its own ("Trams: fares stay, says Falk") is read as usual.
         */
        private boolean titleColon() {
            int c = -1;
            for (int k = 0; k < Math.min(n, 4); k++) {
                if (t.get(k).isPunct(':')) {
                    c = k;
                    break;
                }
                if (quoted[k] || !SpeakerWords.nameLike(t.get(k)) || SpeakerWords.isFunction(t.get(k), k == 0)) return false;
            }
            if (c < 1) return false;
            int words = 0;
            boolean hasQuote = false;
            for (int k = c + 1; k < n; k++) {
                if (t.get(k).word()) words++;
                if (openAt[k] != null) hasQuote = true;
            }
            if (words < 3 || !ReportingVerbs.find(t, quoted).isEmpty()) return false;   // "Trams: fares stay, says Falk"
            SpeakerResolver.Resolved r = resolver.resolve(t, 0, c, -1, -1, memory);
            if (r == null || r.ref().kind() != org.positionstracker.actor.ActorKind.PERSON) return false;
            Quote whole = openAt[c + 1];
            relativeSpeaker = false;
            if (whole != null && whole.end() >= lastWordEnd()) {
                usedQuotes.add(whole.open());
                int tt = c + 2;
                while (tt < n && closeAt[tt] == null) tt++;
                emitWith(r.ref(), r.mention(), null, null, Mode.DIRECT,
                        new TextSpan(t.get(c + 2).start(), t.get(tt - 1).end()), s.number(), c + 2, tt, c + 2, tt, t, "v3-title-colon");
                return true;
            }
            int ce = trimEnd(c + 1, n);
            emitWith(r.ref(), r.mention(), null, null, hasQuote ? Mode.PARTIAL : Mode.INDIRECT,
                    new TextSpan(t.get(c + 1).start(), t.get(ce - 1).end()), s.number(), c + 1, ce, c + 1, ce, t, "v3-title-colon");
            return true;
        }

        /**
         * A transcript answer: a paragraph opening with a speaker label in capitals and a colon
         * ("WHITLOCK: He is wrong ...") whose label is the surname or full name of a person named
         * earlier in the article. The rest of the paragraph (up to {@code paragraphEnd}) is that
         * person's direct statement. Question labels ("Q:") and unknown labels are not speakers.
         */
        ExtractedStatement transcriptAnswer(int paragraphEnd) {
            int c = -1;
            for (int k = 0; k < Math.min(n, 4); k++) {
                if (t.get(k).isPunct(':')) {
                    c = k;
                    break;
                }
                Token x = t.get(k);
                if (!x.word() || !x.text().equals(x.text().toUpperCase(java.util.Locale.ROOT)) || x.text().length() < 2
                        || !Character.isLetter(x.text().charAt(0))) return null;
            }
            if (c < 1 || c + 1 >= n) return null;
            SpeakerRef person = memory.bySurname(t.get(c - 1).bareText());
            if (person == null) return null;
            if (c == 2 && !Lexicon.norm(person.canonicalName()).startsWith(t.get(0).lower() + " ")) return null;
            int cs = t.get(c + 1).start();
            int ce = paragraphEnd;
            while (ce > cs && Character.isWhitespace(masked.charAt(ce - 1))) ce--;
            List<Token> pt = WordTokenizer.tokenize(masked, cs, ce);
            int words = 0;
            for (Token x : pt) if (x.word()) words++;
            if (words < 3) return null;
            memory.nextSentence();
            relativeSpeaker = false;
            emitWith(person, new TextSpan(t.get(0).start(), t.get(c - 1).end()), null, null, Mode.DIRECT,
                    new TextSpan(cs, ce), s.number(), 0, pt.size(), 0, pt.size(), pt, "v3-transcript-answer");
            return found.get(found.size() - 1);
        }

        // ---------------------------------------------------------------- speakers

        /**
         * Remembers every two- or three-word personal name of the sentence outside quotes ("the well
         * behind Tomás Alvarez’s house") as a loose full name for a later "Mr. Alvarez".
         */
        private void rememberLooseNames() {
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
        private void rememberNamedPeople() {
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
                DocPhrase doc = documentAfter(c.to());
                if (doc != null) {
                    a.kind = SubjectKind.ACCORDING;
                    a.subjFrom = c.to();
                    a.subjTo = doc.end();
                    a.after = doc.end();
                    a.speaker = issuer(doc, before);
                    return a.speaker == null ? null : a;
                }
                String obj = c.to() < n ? t.get(c.to()).lower() : "";
                String subj = switch (obj) {
                    case "him" -> "he";
                    case "her" -> "she";
                    case "them" -> "they";
                    default -> null;
                };
                if (subj != null && (c.to() + 1 >= n || !t.get(c.to() + 1).word())) {   // "According to him, ..."
                    SpeakerRef ref = memory.pronoun(subj);
                    if (ref == null) return null;
                    a.kind = SubjectKind.ACCORDING;
                    a.pronoun = subj;
                    a.subjFrom = c.to();
                    a.subjTo = c.to() + 1;
                    a.after = c.to() + 1;
                    a.speaker = new SpeakerResolver.Resolved(ref, t.get(c.to()).span());
                    return a;
                }
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
            DocPhrase doc = documentBefore(k);
            if (doc != null) {
                a.kind = SubjectKind.LEFT;
                a.subjFrom = doc.start();
                a.subjTo = doc.end();
                a.speaker = issuer(doc, before);
                return a.speaker == null ? null : a;
            }
            if (c.kind().documentOnly()) return null;
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
                if (k - j == 2 && age(t.get(j + 1)) && j > 0 && SpeakerWords.nameLike(t.get(j - 1))) {
                    k = j - 1;             // an age: "Mr. Alvarez, 58, said"
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
                if (st > 0 && (t.get(st - 1).is("whom") || t.get(st - 1).is("who"))) return null;  // "X, whom critics accused of ...": X is the object
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
        private int temporalBefore(int k) {
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

        private int previousComma(int k) {
            for (int j = k - 1; j >= 0 && j >= k - 30; j--) {
                Token x = t.get(j);
                if (x.isPunct(',')) return j;
                if (!x.word() && !x.isPunct('\u2019') && !x.isPunct('\'') && !x.isPunct('-')) return -1;
            }
            return -1;
        }

        /** A person's age as an appositive: a number from 1 to 120. */
        private boolean age(Token x) {
            String w = x.text();
            if (!x.word() || w.isEmpty() || w.length() > 3) return false;
            for (int i = 0; i < w.length(); i++) if (!Character.isDigit(w.charAt(i))) return false;
            int v = Integer.parseInt(w);
            return v > 0 && v <= 120;
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
            if (f.endsWith("ed") && from + 1 < to && t.get(from + 1).is("by")) return true;   // ", accused by the mayor of lying,"

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

        // ---------------------------------------------------------------- clause subjects

        /** Words after which a name starts a clause ("..., and Kline met", "when Kline arrived"). */
        private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "when", "as", "after", "before",
                "because", "since", "although", "though", "that", "if", "so", "then", "where", "whereas", "once", "until",
                "meanwhile", "yet", "later", "earlier");

        /** Clause openers that start a subordinate clause ("after Baxter cut the budget", "that Baxter lied"). */
        private static final Set<String> SUBORDINATORS = Set.of("while", "when", "as", "after", "before", "because", "since",
                "although", "though", "that", "if", "where", "whereas", "once", "until");

        /**
         * Records the people named as the subject of a clause of this sentence, outside quotation
         * marks: a name (with its title or role) at the sentence start, after a comma or a clause
         * opener ("and", "when", "that"), and followed (over an appositive, auxiliaries and adverbs)
         * by a lower-case word that is not a function word - a verb: "Union leader Ruth Kline met
         * the mayor". A name after a preposition or a verb is an object and is not recorded.
         */
        private void rememberSubjects() {
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

        /** A verb-like word follows token {@code e}, over an appositive ", 52," / ", a teacher,", auxiliaries and adverbs. */
        private boolean verbFollows(int e) {
            int k = e;
            if (k < n && t.get(k).isPunct(',')) {
                int m = k + 1;
                while (m < n && m - k < 15 && !t.get(m).isPunct(',') && !quoted[m]) m++;
                if (m >= n || !t.get(m).isPunct(',') || m == k + 1) return false;
                k = m + 1;
            }
            while (k < n && SpeakerWords.adverb(t.get(k))) k++;
            if (k >= n) return false;
            Token v = t.get(k);
            return v.word() && !v.capitalised() && !SpeakerWords.FUNCTION.contains(v.lower()) && !quoted[k];
        }

        // ---------------------------------------------------------------- documents as sources

        /**
         * A document phrase: tokens [start, end), head noun at {@code head}; the issuer as written
         * at [issuerFrom, issuerTo) ("the ministry's", "Kremlin", "from the ministry" without the
         * preposition) or -1; a possessive pronoun ("its statement") or null; the determiner or
         * null; {@code several} when the issuer is a coordination ("by France and Germany").
         */
        private record DocPhrase(int start, int head, int end, int issuerFrom, int issuerTo, String pronoun, String det,
                                 boolean several) {
        }

        /** The document phrase ending at token {@code k}, right before a reporting verb, or null. */
        private DocPhrase documentBefore(int k) {
            if (k < 0) return null;
            int end = k;
            if (t.get(k).isPunct(',')) {                  // "The report, published on Tuesday, said"
                int j = previousComma(k);
                if (j < 1 || j + 1 >= k || !pastParticiple(t.get(j + 1))) return null;
                end = j - 1;
            }
            if (end < 0 || quoted[end] || !t.get(end).word()) return null;
            if (SpeakerWords.document(t.get(end))) return documentAround(end, end + 1, -1, -1, false);
            int st = NounPhrases.leftFrom(t, end);       // "a statement from the ministry said"
            if (st < 2) return null;
            boolean several = false;
            int p = st - 1;
            if (t.get(p).is("and")) {                    // "a joint statement by France and Germany said"
                for (int m = p - 1; m >= Math.max(1, p - 8); m--) {
                    if (!t.get(m).word()) break;
                    if ((t.get(m).is("by") || t.get(m).is("from")) && SpeakerWords.document(t.get(m - 1))) {
                        p = m;
                        several = true;
                        break;
                    }
                }
            }
            if (!(t.get(p).is("from") || t.get(p).is("by"))) return null;
            int d = p - 1;
            if (d > 0 && ISSUING.contains(t.get(d).lower())) d--;
            if (d < 0 || quoted[d] || !SpeakerWords.document(t.get(d))) return null;
            return documentAround(d, end + 1, several ? -1 : st, several ? -1 : end + 1, several);
        }

        /** The document phrase starting at token {@code j}, after "according to", or null. */
        private DocPhrase documentAfter(int j) {
            for (int d = j; d < Math.min(n, j + 6); d++) {
                Token x = t.get(d);
                if (!x.word() || quoted[d]) return null;
                if (!SpeakerWords.document(x) || !documentHead(d)) continue;
                int end = d + 1;
                int pf = -1;
                int pt = -1;
                if (d + 2 < n && (t.get(d + 1).is("from") || t.get(d + 1).is("by"))) {
                    int e = NounPhrases.rightFrom(t, d + 2);
                    if (e > 0) {
                        pf = d + 2;
                        pt = e;
                        end = e;
                    }
                }
                DocPhrase dp = documentAround(d, end, pf, pt, false);
                return dp.start() == j ? dp : null;
            }
            return null;
        }

        /** The head noun at {@code d} ends its phrase: "a draft seen by", not "a draft law". */
        private boolean documentHead(int d) {
            if (d + 1 >= n) return true;
            Token y = t.get(d + 1);
            if (!y.word() || SpeakerWords.FUNCTION.contains(y.lower()) || pastParticiple(y)) return true;
            return ReportingVerbs.find(t.subList(d + 1, Math.min(n, d + 3)), new boolean[Math.min(n, d + 3) - d - 1]).stream()
                    .anyMatch(cue -> cue.from() == 0);
        }

        private boolean pastParticiple(Token x) {
            String w = x.lower();
            return x.word() && !x.capitalised() && (w.endsWith("ed") || w.equals("seen") || w.equals("written")
                    || w.equals("sent") || w.equals("shown") || w.equals("drawn") || w.equals("put"));
        }

        /**
         * Completes a document phrase leftwards from its head {@code d}: modifiers, issuer, determiner.
         * An issuer before the noun ("a Reuters report from Kyiv") wins over one after it.
         */
        private DocPhrase documentAround(int d, int end, int issuerFrom, int issuerTo, boolean several) {
            int j = d - 1;
            for (int mods = 0; j >= 0 && mods < 3; mods++) {   // "joint", "final written", "draft"
                Token x = t.get(j);
                if (!x.word() || x.capitalised() || x.possessive() || SpeakerWords.FUNCTION.contains(x.lower())
                        || SpeakerWords.DETERMINERS.contains(x.lower())) break;
                j--;
            }
            int start = j + 1;
            String pronoun = null;
            String det = null;
            if (j >= 0 && t.get(j).word() && !quoted[j]) {
                Token x = t.get(j);
                String w = x.lower();
                if (SpeakerWords.DETERMINERS.contains(w) || w.equals("this") || w.equals("that")) {
                    det = w;
                    start = j;
                } else if (w.equals("its") || w.equals("his") || w.equals("her") || w.equals("their")) {
                    pronoun = switch (w) {
                        case "its" -> "it";
                        case "his" -> "he";
                        case "her" -> "she";
                        default -> "they";
                    };
                    start = j;
                } else if (x.possessive() && !SpeakerWords.isFunction(x, false)) {
                    int st = NounPhrases.leftFrom(t, j);       // "the ministry's statement", "Euroclear's letter"
                    if (st < 0) st = j;
                    issuerFrom = st;
                    issuerTo = j + 1;
                    start = st;
                } else if (x.capitalised() && !SpeakerWords.isFunction(x, false) && j > 0) {
                    int st = j;                                // "a Kremlin statement", "the EU report"
                    while (st - 1 >= 0 && t.get(st - 1).capitalised() && !SpeakerWords.isFunction(t.get(st - 1), st - 1 == 0)) st--;
                    issuerFrom = st;
                    issuerTo = j + 1;
                    start = st;
                    if (st - 1 >= 0 && SpeakerWords.DETERMINERS.contains(t.get(st - 1).lower())) {
                        det = t.get(st - 1).lower();
                        start = st - 1;
                    }
                }
            }
            return new DocPhrase(start, d, end, issuerFrom, issuerTo, pronoun, det, several);
        }

        /**
         * The actor behind a document: its issuer as written, else (for "its"/"their" statement)
         * the pronoun's antecedent, else (for "the statement") the actor that put out a statement
         * earlier in this sentence or the article; null when none can be told.
         */
        private SpeakerResolver.Resolved issuer(DocPhrase doc, List<Attribution> before) {
            TextSpan mention = new TextSpan(t.get(doc.start()).start(), t.get(doc.end() - 1).end());
            String key = SpeakerWords.documentKey(t.get(doc.head()));
            SpeakerRef ref = null;
            if (doc.several()) {
                memory.issued(key, null);
                return null;
            }
            if (doc.issuerFrom() >= 0) {
                SpeakerResolver.Resolved r = resolver.resolve(t, doc.issuerFrom(), doc.issuerTo(), -1, -1, memory);
                ref = r == null ? null : r.ref();
                memory.issued(key, ref);
            } else if (doc.pronoun() != null) {
                ref = memory.pronoun(doc.pronoun());
            } else if ("the".equals(doc.det()) || "this".equals(doc.det()) || "that".equals(doc.det())) {
                for (int i = before.size() - 1; i >= 0 && ref == null; i--) {
                    Attribution b = before.get(i);
                    if (b.speaker != null && putOutIn(b, key)) ref = b.speaker.ref();
                }
                if (ref == null) ref = memory.issuer(key);
            } else {
                memory.issued(key, null);                     // "a joint statement said": issuer unknown
            }
            return ref == null ? null : new SpeakerResolver.Resolved(ref, mention);
        }

        /** True when attribution {@code b} reports "in a statement" (of kind {@code key}) right after its verb. */
        private boolean putOutIn(Attribution b, String key) {
            for (int k = b.cue.to(); k < Math.min(n - 1, b.cue.to() + 4); k++) {
                if (!t.get(k).is("in")) continue;
                for (int m = k + 1; m < Math.min(n, k + 5); m++) {
                    if (!t.get(m).word()) break;
                    if (SpeakerWords.document(t.get(m))) return SpeakerWords.documentKey(t.get(m)).equals(key);
                }
            }
            return false;
        }

        /**
         * After a sentence: remembers who put out the documents it mentions, for a later "the
         * statement said": the issuer written with the document, the speaker of "X said in a
         * statement" / "In a statement, X said", the subject of "X issued a statement"; a document
         * with no issuer that can be told blocks an older one.
         */
        private void rememberIssuers(List<Attribution> atts) {
            for (int d = 0; d < n; d++) {
                Token x = t.get(d);
                if (quoted[d] || !SpeakerWords.document(x) || !documentHead(d)) continue;
                if (d + 1 < n && (SpeakerWords.document(t.get(d + 1)))) continue;
                boolean subject = false;
                for (Attribution a : atts) subject |= a.subjFrom <= d && d < a.subjTo;
                if (subject) continue;                        // recorded when it was resolved
                String key = SpeakerWords.documentKey(x);
                int pf = -1;
                int pt = -1;
                if (d + 2 < n && (t.get(d + 1).is("from") || t.get(d + 1).is("by"))) {
                    int e = NounPhrases.rightFrom(t, d + 2);
                    if (e > 0 && !(e < n && t.get(e).is("and"))) {
                        pf = d + 2;
                        pt = e;
                    }
                }
                DocPhrase doc = documentAround(d, d + 1, pf, pt, false);
                if (doc.issuerFrom() >= 0) {
                    SpeakerResolver.Resolved r = resolver.resolve(t, doc.issuerFrom(), doc.issuerTo(), -1, -1, memory);
                    memory.issued(key, r == null ? null : r.ref());
                    continue;
                }
                int s0 = doc.start();
                if (s0 > 0 && t.get(s0 - 1).is("in")) {          // "said in a statement", "In a statement, X said"
                    Attribution near = null;
                    int best = Integer.MAX_VALUE;
                    for (Attribution a : atts) {
                        if (a.speaker == null || a.kind == SubjectKind.ACCORDING) continue;
                        int dist = Math.abs(a.cue.from() - d);
                        if (dist < best) {
                            best = dist;
                            near = a;
                        }
                    }
                    if (near != null && best <= 12) {
                        memory.issued(key, near.speaker.ref());
                        continue;
                    }
                }
                int v = s0 - 1;
                if (v > 0 && t.get(v).word() && ISSUING.contains(t.get(v).lower()) && doc.det() != null
                        && !"the".equals(doc.det())) {           // "Euroclear issued a statement"
                    int k = skipAux(v - 1);
                    int st = k >= 0 && t.get(k).word() ? NounPhrases.leftFrom(t, k) : -1;
                    SpeakerResolver.Resolved r = null;
                    boolean several = st > 0 && t.get(st - 1).is("and");
                    if (st >= 0 && !several) r = resolver.resolve(t, st, k + 1, -1, -1, memory);
                    else if (k >= 0 && SpeakerWords.PRONOUNS.contains(t.get(k).lower())) {
                        SpeakerRef p = memory.pronoun(t.get(k).lower());
                        if (p != null) r = new SpeakerResolver.Resolved(p, t.get(k).span());
                    }
                    memory.issued(key, r == null ? null : r.ref());
                    continue;
                }
                if (doc.det() != null && !"the".equals(doc.det()) && !"this".equals(doc.det()) && !"that".equals(doc.det())) {
                    memory.issued(key, null);
                }
            }
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
        private static final Set<String> CLAUSE_WORDS = Set.of("that", "who", "which", "whether", "if", "would", "will", "was",
                "were", "is", "are", "has", "have", "had", "can", "could", "must", "should", "may", "might", "did", "does",
                "do", "he", "she", "they", "we", "i", "it", "not", "because", "when", "while");

        private boolean endsAt(int k) {
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
        private boolean writersClause(int k) {
            if (k >= n || quoted[k]) return false;
            Token y = t.get(k);
            if (y.is("without") || y.is("adding")) {
                if (k + 1 >= n) return false;
                Token z = t.get(k + 1);
                if (y.is("adding")) return z.is("no") || z.is("nothing");
                return z.lower().endsWith("ing") && speechAct(z.lower().substring(0, z.lower().length() - 3))
                        || z.is("further") || z.is("details") || z.is("elaboration") || z.is("evidence");
            }
            if ((y.is("but") || y.is("though") || y.is("although")) && k + 1 < n) {
                int m = k + 1;
                String w = t.get(m).lower();
                if ((w.equals("did") || w.equals("does")) && m + 2 < n && t.get(m + 1).is("not")) return speechVerb(t.get(m + 2).lower());
                if ((w.equals("didn't") || w.equals("doesn't")) && m + 1 < n) return speechVerb(t.get(m + 1).lower());
                if (w.startsWith("declin") || w.equals("refused")) return m + 2 < n && t.get(m + 1).is("to") && speechVerb(t.get(m + 2).lower());
                if ((w.equals("gave") || w.equals("offered") || w.equals("provided") || w.equals("cited") || w.equals("presented")
                        || w.equals("shared")) && m + 1 < n && t.get(m + 1).is("no")) return true;
            }
            return false;
        }

        private boolean speechVerb(String w) {
            return speechAct(w) || speechAct(w.endsWith("e") ? w.substring(0, w.length() - 1) : w);
        }

        /** Stems of verbs of giving information: "specify", "elaborat(e)", "provid(e)". */
        private boolean speechAct(String stem) {
            return switch (stem) {
                case "specify", "giv", "provid", "elaborat", "offer", "nam", "say", "explain", "cit", "detail", "disclos",
                     "identify", "reveal", "present", "comment", "answer", "mention", "indicat", "shar", "clarify", "elaborate",
                     "give", "provide", "name", "cite", "disclose", "indicate", "share", "go", "discuss", "address", "respond" -> true;
                default -> false;
            };
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
                    new TextSpan(cs, ce), sentenceNumber, tf, tt, tf, tt, qt, a.kind == SubjectKind.ACCORDING ? "v3-according-to-quote" : "v3-attribution-quote");
        }

        private TextSpan cueSpan(Attribution a) {
            return new TextSpan(t.get(a.cue.from()).start(), t.get(a.cue.to() - 1).end());
        }

        private boolean relativeSpeaker;

        private void emit(Attribution a, Mode mode, TextSpan content, int sentenceNumber,
                          int topicFrom, int topicTo, int stanceFrom, int stanceTo, List<Token> tokens) {
            relativeSpeaker = a.kind == SubjectKind.RELATIVE;
            emitWith(a.speaker.ref(), a.speaker.mention(), cueSpan(a), a.pronoun, mode, content, sentenceNumber,
                    topicFrom, topicTo, stanceFrom, stanceTo, tokens, ruleOf(a));
        }

        /** The rule name of a reported statement: how its speaker was found. */
        private static String ruleOf(Attribution a) {
            return switch (a.kind) {
                case LEFT -> "v3-subject-verb";
                case INVERTED -> "v3-verb-subject";
                case RELATIVE -> "v3-relative-subject";
                case COORDINATED -> "v3-coordinated-verb";
                case PRONOUN -> "v3-pronoun-subject";
                case ACCORDING -> "v3-according-to";
            };
        }

        private void emitWith(SpeakerRef speaker, TextSpan mention, TextSpan cue, String pronoun, Mode mode,
                              TextSpan content, int sentenceNumber, int topicFrom, int topicTo, int stanceFrom,
                              int stanceTo, List<Token> tokens, String rule) {
            SpeakerRef ref = memory.canonical(speaker);
            memory.spoke(ref, pronoun, !relativeSpeaker);
            found.add(new ExtractedStatement(sentenceNumber, mode, content, content.coveredText(text), ref, mention, cue, List.of(), rule));
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
                        && (SpeakerWords.participle(t.get(k + 1)) || t.get(k + 1).is("according") || writersClause(k + 1))) break;
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
                        tf, tt, tf, tt, t, "v3-continued-quote");
            }
        }

        private int firstToken() {
            return 0;
        }
    }
}
