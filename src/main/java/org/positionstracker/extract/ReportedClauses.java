package org.positionstracker.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a verb's reported clause starts and ends: after "that", a colon, a listener or a
 * prepositional phrase before "that"; up to a semicolon, the sentence end, a writer's participle
 * (", drawing ..."), a following coordinated reporting verb or a trailing attribution. A trailing
 * attribution ("The talks will resume, the official said.") reports the clause before its comma.
 */
final class ReportedClauses extends SentenceView {
    ReportedClauses(SentenceView v) {
        super(v);
    }

    // ---------------------------------------------------------------- clause cuts

    void markCut(VerbAttribution a) {
        if (a.cut != null) return;
        int edge = switch (a.kind) {
            case LEFT, PRONOUN -> a.subject.from();
            case INVERTED, ACCORDING -> a.cue.from();
            default -> -1;
        };
        if (edge > 0 && t.get(edge - 1).isPunct(',') && closeAt[Math.max(0, edge - 2)] == null && endsAfter(a.after)) {
            a.cut = edge - 1;
            a.trailing = true;
        } else if (a.kind == VerbAttribution.Kind.ACCORDING && edge > 0 && t.get(edge - 1).isPunct(',')) {
            a.cut = edge - 1;
            a.trailing = endsAfter(a.after);
        }
    }


    int contentStart(VerbAttribution a) {
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


    int clauseStart(int cut) {
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


    int clauseEnd(int cs, List<VerbAttribution> atts, VerbAttribution self) {
        Set<Integer> cuts = new HashSet<>();
        for (VerbAttribution o : atts) {
            if (o != self && o.cut != null && o.cut > cs) cuts.add(o.cut);
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

}
