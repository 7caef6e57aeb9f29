package org.positionstracker.extract.reported;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.cue.Cue;
import org.positionstracker.extract.cue.CueKind;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * {@code He listed several points:} then bullet lines: each bullet is a statement of the subject
 * of the attribution. A line is a bullet when it opens with a dash, a bullet mark, an asterisk or
 * a number followed by "." or ")".
 */
public final class ListUnderAttributionRule implements ReportedSpeechRule {
    /** Bullets read under one attribution; a longer list is page furniture, not one speaker's points. */
    private static final int MOST_BULLETS = 20;

    @Override
    public String name() {
        return "list-under-attribution";
    }

    @Override
    public List<Report> apply(ReportedInput in) {
        Cue c = in.cue();
        DocSentence s = in.sentence();
        if (c.kind() != CueKind.LIST) return List.of();
        TokenSpan subject = Subjects.phraseBefore(s, Subjects.beforeVerb(s, c.from()), in.quoted());
        if (subject == null) return List.of();
        ResolvedSpeaker speaker = Subjects.resolve(in, subject);
        List<DocSentence> all = in.document().sentences();
        List<Report> out = new ArrayList<>();
        int paragraph = s.paragraph();
        for (int i = s.index() + 1; i < all.size() && out.size() < MOST_BULLETS; i++) {
            DocSentence b = all.get(i);
            if (b.paragraph() != paragraph + 1 && b.paragraph() != paragraph) break;
            if (b.paragraph() == paragraph) continue;           // a second sentence of the same bullet line
            paragraph = b.paragraph();
            int from = bulletEnd(in.document().masked(), b);
            if (from < 0) break;
            int to = b.size();
            while (to > from && !b.word(to - 1).word() && !b.word(to - 1).quoteMark()) to--;
            if (to - from < Clauses.FEWEST_WORDS) continue;
            TextSpan content = new TextSpan(b.word(from).span().start(), b.word(to - 1).span().end());
            out.add(Report.of(content, speaker, c.span(s)));
        }
        return out;
    }

    /** First word after the bullet mark opening the line, or -1 when the line is no bullet. */
    private static int bulletEnd(String masked, DocSentence b) {
        if (b.size() < 2) return -1;
        String first = b.word(0).text();
        if (first.equals("-") || first.equals("\u2022") || first.equals("*") || first.equals("\u2013") || first.equals("\u2014")) return 1;
        if (b.word(0).word() && first.chars().allMatch(Character::isDigit) && (b.word(1).isPunct('.') || b.word(1).isPunct(')'))) return 2;
        return -1;
    }
}
