package org.positionstracker.extract.reported;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueFinder;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.Quotation;
import org.positionstracker.statement.Mode;

/**
 * Reported speech: for every cue of every body sentence, the rules of {@link ReportedSpeechRules}
 * in order; the first that answers gives the statement, named after it. A cue that an earlier
 * statement already used, and content overlapping an earlier statement, give nothing new.
 */
public final class ReportedSpeechFinder {
    private static final Comparator<ExtractedStatement> BY_POSITION = Comparator.comparingInt(st -> st.content().start());
    /** Statements looked back over for a used cue or an overlapping content (a sentence has few). */
    private static final int LOOK_BACK = 24;

    private final List<ReportedSpeechRule> rules;

    public ReportedSpeechFinder(List<ReportedSpeechRule> rules) {
        this.rules = List.copyOf(rules);
        if (this.rules.isEmpty()) throw new IllegalArgumentException("no rules");
    }

    /** The statements found before plus those the rules add, in text order. */
    public List<ExtractedStatement> find(Document doc, List<ExtractedStatement> found, SpeakerLookup speakers) {
        List<ExtractedStatement> all = new ArrayList<>(found);
        all.sort(BY_POSITION);
        for (DocSentence s : doc.sentences()) inSentence(doc, s, all, speakers);
        return all;
    }

    /**
     * Adds the statements of one sentence's cues to {@code all} (ordered by content start, kept so)
     * and returns them: the article is read sentence by sentence, so that what is found here can
     * be an antecedent for the next sentences.
     */
    public List<ExtractedStatement> inSentence(Document doc, DocSentence s, List<ExtractedStatement> all, SpeakerLookup speakers) {
        if (s.headline() || s.size() == 0) return List.of();
        List<Quotation> quotations = doc.quotations();
        int firstQuote = firstQuotationEndingAfter(quotations, s.span().start());
        boolean[] quoted = quoted(s, quotations, firstQuote);
        List<Cue> cues = CueFinder.find(s, quoted);
        for (Cue cue : cues) cutAtSecondReport(doc, s, cue, all);
        List<ExtractedStatement> added = new ArrayList<>();
        for (Cue cue : cues) {
            TextSpan cueSpan = cue.span(s);
            if (used(all, cueSpan)) continue;
            ReportedInput in = new ReportedInput(doc, s, quoted, cue, all, speakers);
            for (ReportedSpeechRule rule : rules) {
                List<Report> reports = rule.apply(in);
                if (reports.isEmpty()) continue;
                for (Report r : reports) {
                    if (overlaps(all, r.content())) continue;
                    ExtractedStatement st = statement(doc, quotations, firstQuote, r, rule.name());
                    all.add(ExtractedStatement.insertionIndex(all, r.content().start()), st);
                    added.add(st);
                }
                break;
            }
        }
        return added;
    }

    /** Index of the first quotation whose marks end after {@code offset} (quotations are in text order). */
    private static int firstQuotationEndingAfter(List<Quotation> quotations, int offset) {
        int lo = 0;
        int hi = quotations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotations.get(mid).marks().end() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * "Trump said X, and Trump says Y": an earlier indirect statement whose content runs over
     * "and NP says" ends before the "and", so that the second report is a statement of its own.
     */
    private static void cutAtSecondReport(Document doc, DocSentence s, Cue cue, List<ExtractedStatement> all) {
        if (cue.kind() != CueKind.VERB) return;
        int b = Subjects.beforeVerb(s, cue.from());
        int and = b - 1;
        while (and > 0 && b - and <= SECOND_SUBJECT && s.word(and).word() && !s.word(and).is("and") && !s.word(and).is("but")) and--;
        if (and <= 0 || and == b - 1 || !(s.word(and).is("and") || s.word(and).is("but"))) return;
        int end = and;
        if (s.word(end - 1).isPunct(',')) end--;
        if (end <= 0 || !s.word(end - 1).word() && !s.word(end - 1).quoteMark()) return;
        TextSpan cueSpan = cue.span(s);
        int at = ExtractedStatement.insertionIndex(all, cueSpan.start());
        for (int i = Math.max(0, at - LOOK_BACK); i < at; i++) {
            ExtractedStatement st = all.get(i);
            if (st.mode() != Mode.INDIRECT || !st.content().contains(cueSpan)) continue;
            int newEnd = s.word(end - 1).span().end();
            if (newEnd <= st.content().start()) return;
            TextSpan content = new TextSpan(st.content().start(), newEnd);
            all.set(i, new ExtractedStatement(st.sentenceNumber(), st.mode(), content, content.coveredText(doc.text()), st.speaker(),
                    st.speakerMention(), st.cue(), st.topics(), st.rule()));
            return;
        }
    }

    /** Words a second speaker may have between "and" and the verb ("and Trump says"). */
    private static final int SECOND_SUBJECT = 4;

    private static ExtractedStatement statement(Document doc, List<Quotation> quotations, int firstQuote, Report r, String rule) {
        boolean partial = false;
        for (int i = Math.max(0, firstQuote - 1); i < quotations.size() && quotations.get(i).marks().start() < r.content().end(); i++) {
            partial |= quotations.get(i).marks().overlaps(r.content());
        }
        return new ExtractedStatement(sentenceAt(doc, r.content().start()).number(), partial ? Mode.PARTIAL : Mode.INDIRECT, r.content(),
                r.content().coveredText(doc.text()), r.speaker(), r.mention(), r.cue(), List.of(), rule);
    }

    /** Words of {@code s} inside a quotation's marks (a quotation may run over several sentences). */
    private static boolean[] quoted(DocSentence s, List<Quotation> quotations, int first) {
        boolean[] out = new boolean[s.size()];
        for (int i = first; i < quotations.size() && quotations.get(i).marks().start() < s.span().end(); i++) {
            TextSpan marks = quotations.get(i).marks();
            for (int k = s.wordAt(marks.start()); k < s.size() && s.word(k).span().start() < marks.end(); k++) out[k] = true;
        }
        return out;
    }

    private static boolean used(List<ExtractedStatement> all, TextSpan cue) {
        int at = ExtractedStatement.insertionIndex(all, cue.end());
        for (int i = Math.max(0, at - LOOK_BACK); i < Math.min(all.size(), at + LOOK_BACK); i++) {
            ExtractedStatement st = all.get(i);
            if (st.cue() != null && st.cue().overlaps(cue) || st.content().contains(cue)) return true;
        }
        return false;
    }

    private static boolean overlaps(List<ExtractedStatement> all, TextSpan content) {
        int at = ExtractedStatement.insertionIndex(all, content.end());
        for (int i = Math.max(0, at - LOOK_BACK); i < at; i++) {
            if (all.get(i).content().overlaps(content)) return true;
        }
        return false;
    }

    private static DocSentence sentenceAt(Document doc, int offset) {
        List<DocSentence> ss = doc.sentences();
        int lo = 0;
        int hi = ss.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (ss.get(mid).span().start() <= offset) lo = mid;
            else hi = mid - 1;
        }
        return ss.get(lo);
    }
}
