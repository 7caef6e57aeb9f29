package org.positionstracker.extract;

import org.positionstracker.statement.Mode;

/**
 * Title-block lines attributed by layout: a wire-style title ending in a dash and a name ("Russia
 * remains open to talks — Putin"), or opening with a name and a colon ("Kline: strike will go on").
 */
final class TitleLines extends SentenceView {
    TitleLines(SentenceView v) {
        super(v);
    }

    /** True when the line is attributed by its layout, and then its statement is found. */
    boolean attributed() {
        return titleDash() || titleColon();
    }

    // ---------------------------------------------------------------- title block and transcripts

    /**
     * A wire-style title attributed by a trailing dash and a name: "Russia remains open to talks
     * — Putin". The line before the dash is the person's indirect statement (partial with a quote).
     */
    boolean titleDash() {
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
                new TextSpan(t.get(0).start(), t.get(ce - 1).end()), s.number(), "title-dash");
        return true;
    }

    /**
     * A title attributed by a leading name and a colon: "Kline: strike will go on until wages
     * rise". The rest of the line is the person's statement: direct when it is one quotation,
     * else indirect (partial with a quote). Labels that are not a person ("Live:", "Greece
     * wildfires:") resolve to no person, and the title block keeps only body speakers anyway; a
     * line with a reporting verb of its own ("Trams: fares stay, says Falk") is read as usual.
     */
    boolean titleColon() {
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
                    new TextSpan(t.get(c + 2).start(), t.get(tt - 1).end()), s.number(), "title-colon");
            return true;
        }
        int ce = trimEnd(c + 1, n);
        emitWith(r.ref(), r.mention(), null, null, hasQuote ? Mode.PARTIAL : Mode.INDIRECT,
                new TextSpan(t.get(c + 1).start(), t.get(ce - 1).end()), s.number(), "title-colon");
        return true;
    }

}
