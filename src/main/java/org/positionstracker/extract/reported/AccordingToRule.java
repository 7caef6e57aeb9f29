package org.positionstracker.extract.reported;

import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.content.ContentBounds;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * {@code According to X, CLAUSE} and {@code CLAUSE, according to X.}: the source named after
 * "according to", the clause after its comma or before the comma of the cue.
 */
public final class AccordingToRule implements ReportedSpeechRule {
    /** Words the source may have ("three people briefed on the discussions"). */
    private static final int LONGEST_SOURCE = 14;

    @Override
    public String name() {
        return "according-to";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.ACCORDING_TO) return List.of();
        int end = c.to();
        while (end < s.size() && end - c.to() < LONGEST_SOURCE && !in.quoted()[end] && (s.word(end).word() || s.word(end).is("'s"))) end++;
        if (end == c.to()) return List.of();
        if (documentSeenBy(s, c.to(), end)) return List.of();
        TokenSpan source = new TokenSpan(c.to(), Math.min(end, c.to() + Subjects.LONGEST_SUBJECT));
        TextSpan content;
        if (c.from() == 0 || c.from() == 1 && !s.word(0).word()) {
            if (end >= s.size() || !s.word(end).isPunct(',')) return List.of();
            content = Clauses.span(in, end + 1, ContentBounds.end(s, end + 1, in.quoted()));
        } else {
            int comma = c.from() - 1;
            if (!s.word(comma).isPunct(',') && !s.word(comma).isPunct('(') && !s.word(comma).isPunct('\u2014')) return List.of();
            int from = ContentBounds.clauseStartBefore(s, comma, 0, in.quoted());
            int to = comma;
            if (end + 1 < s.size() && s.word(end).isPunct(',') && s.word(end + 1).word()) {
                to = ContentBounds.end(s, end + 1, in.quoted());     // "Fundraising, according to the campaign, has surged": the whole clause
            }
            content = from < comma ? Clauses.span(in, from, to) : null;
            if (content != null) content = new TextSpan(Clauses.startAcrossAbbreviation(in, from), content.end());
        }
        if (content == null) return List.of();
        return List.of(Report.of(content, Subjects.resolve(in, source), c.span(s)));
    }

    /**
     * "according to a draft seen by Reuters": an outlet that saw a document is not its author, and
     * a document is never a speaker. ("according to a pool report" is kept, unattributed: the v3
     * rules give a document's issuer when one can be told.)
     */
    private static boolean documentSeenBy(DocSentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.word(k).lower();
            if (k + 1 < to && s.word(k + 1).is("by") && (w.endsWith("ed") || w.endsWith("en"))) return true;
        }
        return false;
    }
}
