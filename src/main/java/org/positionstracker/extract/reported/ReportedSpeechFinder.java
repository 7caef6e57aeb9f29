package org.positionstracker.extract.reported;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueFinder;
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
        List<Quotation> quotations = doc.quotations();
        int firstQuote = 0;
        for (DocSentence s : doc.sentences()) {
            while (firstQuote < quotations.size() && quotations.get(firstQuote).marks().end() <= s.span().start()) firstQuote++;
            if (s.headline() || s.size() == 0) continue;
            boolean[] quoted = quoted(s, quotations, firstQuote);
            for (Cue cue : CueFinder.find(s, quoted)) {
                TextSpan cueSpan = cue.span(s);
                if (used(all, cueSpan)) continue;
                ReportedInput in = new ReportedInput(doc, s, quoted, cue, all, speakers);
                for (ReportedSpeechRule rule : rules) {
                    List<Report> reports = rule.apply(in);
                    if (reports.isEmpty()) continue;
                    for (Report r : reports) {
                        if (overlaps(all, r.content())) continue;
                        all.add(insertionPoint(all, r.content().start()), statement(doc, quotations, firstQuote, r, rule.name()));
                    }
                    break;
                }
            }
        }
        return all;
    }

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
        int at = insertionPoint(all, cue.end());
        for (int i = Math.max(0, at - LOOK_BACK); i < Math.min(all.size(), at + LOOK_BACK); i++) {
            ExtractedStatement st = all.get(i);
            if (st.cue() != null && st.cue().overlaps(cue) || st.content().contains(cue)) return true;
        }
        return false;
    }

    private static boolean overlaps(List<ExtractedStatement> all, TextSpan content) {
        int at = insertionPoint(all, content.end());
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

    /** Index after every statement starting at or before {@code offset}. */
    private static int insertionPoint(List<ExtractedStatement> all, int offset) {
        int lo = 0;
        int hi = all.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (all.get(mid).content().start() <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
