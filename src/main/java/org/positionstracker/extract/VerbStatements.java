package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.statement.Mode;

/**
 * The statements of one sentence around its reporting verbs: a quotation ending right before the
 * attribution ("“...,” X said") or right after it behind a comma or colon ("X said: “...”") is
 * DIRECT, with the content inside the marks; else the reported clause is INDIRECT (PARTIAL with a
 * quotation inside). A quotation opening a later sentence with no attribution of its own continues
 * the previous direct statement's speaker. Each statement is named by how its speaker was found.
 */
final class VerbStatements extends SentenceView {
    private final VerbSubjects subjects;
    private final DocumentSources documents;
    private final ReportedClauses clauses;
    private final MentionScan mentions;
    private final TitleLines titles;

    VerbStatements(SentenceView v) {
        super(v);
        this.subjects = new VerbSubjects(v);
        this.documents = new DocumentSources(v);
        this.clauses = new ReportedClauses(v);
        this.mentions = new MentionScan(v);
        this.titles = new TitleLines(v);
    }

    /** Set for a line of the title block: its verbs are reports, and "... — Name" attributes the line. */
    boolean inTitle;

    List<ExtractedStatement> run(VerbRules.Emitted last) {
        if (s.headline() && !inTitle) return found;
        if (inTitle && titles.attributed()) return found;
        memory.nextSentence();
        mentions.rememberNamedPeople();
        List<ReportingVerbs.Cue> cues = ReportingVerbs.find(t, quoted);
        List<VerbAttribution> atts = new ArrayList<>();
        for (ReportingVerbs.Cue c : cues) {
            VerbAttribution a = subjects.subject(c, atts);
            if (a != null) atts.add(a);
        }
        for (VerbAttribution a : atts) clauses.markCut(a);
        for (VerbAttribution a : atts) {
            if (isClaimed(a.cue.from())) continue;
            statements(a, atts);
        }
        continuation(last);
        documents.rememberIssuers(atts);
        mentions.rememberSubjects();
        return found;
    }

    // ---------------------------------------------------------------- statements

    void statements(VerbAttribution a, List<VerbAttribution> atts) {
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
        if (a.trailing && a.cut != null && a.cut > 0) {
            cs = clauses.clauseStart(a.cut);
            ce = a.cut;
        } else if (a.kind == VerbAttribution.Kind.ACCORDING && a.cue.from() <= 1 && a.after < n && t.get(a.after).isPunct(',')) {
            cs = a.after + 1;
            ce = clauses.clauseEnd(cs, atts, a);
        } else if (a.kind == VerbAttribution.Kind.ACCORDING) {
            return;
        } else {
            cs = clauses.contentStart(a);
            if (a.cue.kind().needsThat() && (cs == 0 || !(t.get(cs - 1).is("that") || t.get(cs - 1).isPunct(':')))) return;
            ce = clauses.clauseEnd(cs, atts, a);
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
        emit(a, mode, new TextSpan(t.get(cs).start(), t.get(ce - 1).end()), sentenceNumber);
        claimed.add(new int[] {cs, ce});
    }

    boolean attributionStartsSentence(VerbAttribution a) {
        int edge = switch (a.kind) {
            case LEFT, PRONOUN -> a.subject.from();
            case INVERTED -> a.cue.from();
            default -> -1;
        };
        return edge == 0;
    }

    Quote previousSentenceQuote() {
        List<Token> pt = prev.tokens();
        if (pt.isEmpty()) return null;
        Token lastTok = pt.get(pt.size() - 1);
        for (Quote q : prev.quotes()) {
            if (q.close() == lastTok.start() && !usedQuotes.contains(q.open())) return q;
        }
        return null;
    }

    Quote quoteBefore(VerbAttribution a) {
        int edge = switch (a.kind) {
            case LEFT, PRONOUN -> a.subject.from();
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

    Quote quoteAfter(VerbAttribution a) {
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

    void direct(VerbAttribution a, Quote q, int sentenceNumber, List<Token> qt) {
        usedQuotes.add(q.open());
        relativeSpeaker = a.kind == VerbAttribution.Kind.RELATIVE;
        TextSpan content = q.content(masked);
        if (content == null) return;
        boolean anyWord = false;
        for (Token x : qt) anyWord |= x.word() && x.start() >= content.start() && x.end() <= content.end();
        if (!anyWord) return;
        emitWith(a.speaker.ref(), a.speaker.mention(), a.cue == null ? null : cueSpan(a), a.pronoun, Mode.DIRECT,
                content, sentenceNumber, a.kind == VerbAttribution.Kind.ACCORDING ? "quote-beside-according-to" : "quote-beside-verb");
    }

    void emit(VerbAttribution a, Mode mode, TextSpan content, int sentenceNumber) {
        relativeSpeaker = a.kind == VerbAttribution.Kind.RELATIVE;
        emitWith(a.speaker.ref(), a.speaker.mention(), cueSpan(a), a.pronoun, mode, content, sentenceNumber, ruleOf(a));
    }

    /** The rule name of a reported statement: how its speaker was found. */
    static String ruleOf(VerbAttribution a) {
        return switch (a.kind) {
            case LEFT -> "subject-verb";
            case INVERTED -> "verb-subject";
            case RELATIVE -> "relative-pronoun-verb";
            case COORDINATED -> "second-verb";
            case PRONOUN -> "pronoun-verb";
            case ACCORDING -> "according-to-phrase";
        };
    }

    // ---------------------------------------------------------------- continuation quotes

    void continuation(VerbRules.Emitted last) {
        if (!found.isEmpty()) return;
        if (last == null || last.statement().mode() != Mode.DIRECT) return;
        if (s.paragraph() - last.paragraph() > 1) return;
        for (int k = 0; k < n; k++) {
            Quote q = openAt[k];
            if (q == null) continue;
            if (usedQuotes.contains(q.open())) continue;
            if (k != 0) continue;             // a quotation opening the sentence
            int words = 0;
            for (int m = k + 1; m < n && t.get(m).start() < q.contentEnd(); m++) if (t.get(m).word()) words++;
            if (words < 3) continue;
            ExtractedStatement p = last.statement();
            usedQuotes.add(q.open());
            TextSpan content = q.content(masked);
            if (content == null) continue;
            relativeSpeaker = false;
            emitWith(p.speaker(), p.speakerMention(), null, null, Mode.DIRECT, content, s.number(), "quote-opens-sentence");
        }
    }
}
