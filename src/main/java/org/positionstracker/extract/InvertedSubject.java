package org.positionstracker.extract;

import org.positionstracker.extract.doc.TokenSpan;

/**
 * After a quotation, a comma, a colon or at the sentence start, the speaker may follow the verb
 * ("..., said Jane Doe, the minister"), unless a clause follows it ("said Europe would ...").
 */
final class InvertedSubject implements SubjectSieve {
    @Override
    public boolean applies(Site site) {
        VerbSubjects v = site.v();
        int k = site.left();
        return site.cue().kind().invertible() && (k < 0 || v.t.get(k).isPunct(',') || v.t.get(k).isPunct(':') || v.closeAt[k] != null);
    }

    @Override
    public VerbAttribution find(Site site) {
        VerbSubjects v = site.v();
        ReportingVerbs.Cue c = site.cue();
        int e = NounPhrases.rightFrom(v.t, c.to());
        if (e > 0 && e < v.n && v.t.get(e).word() && !v.isAdverbialStart(v.t.get(e))) e = -1;  // "said Europe would ..."
        if (e <= 0) return null;
        int ae = -1;
        if (e + 1 < v.n && v.t.get(e).isPunct(',') && v.appositiveStart(e + 1)) ae = NounPhrases.rightFrom(v.t, e + 1);
        VerbAttribution a = new VerbAttribution(c);
        a.kind = VerbAttribution.Kind.INVERTED;
        a.subject = new TokenSpan(c.to(), e);
        a.speaker = v.resolver.resolve(v.t, c.to(), e, ae > 0 ? e + 1 : -1, ae > 0 ? ae : -1, v.memory);
        a.after = ae > 0 ? ae : e;
        return a.speaker == null ? null : a;
    }
}
