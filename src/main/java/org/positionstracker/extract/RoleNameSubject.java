package org.positionstracker.extract;

import org.positionstracker.extract.doc.TokenSpan;

/** "the EU's trade commissioner, Katarina Lindqvist, said": the name between commas, with the role before it. */
final class RoleNameSubject implements SubjectSieve {
    @Override
    public boolean applies(Site site) {
        return site.nameComma() >= 0;
    }

    @Override
    public VerbAttribution find(Site site) {
        VerbSubjects v = site.v();
        int j = site.nameComma();
        int k = site.left();
        int rs = NounPhrases.leftFrom(v.t, j - 1);
        VerbAttribution a = new VerbAttribution(site.cue());
        a.kind = VerbAttribution.Kind.LEFT;
        a.subject = new TokenSpan(rs >= 0 ? rs : j + 1, k);
        SpeakerResolver.Resolved r = v.resolver.resolve(v.t, j + 1, k, rs >= 0 ? rs : -1, rs >= 0 ? j : -1, v.memory);
        if (r == null) return null;
        a.speaker = new SpeakerResolver.Resolved(r.ref(), new TextSpan(v.t.get(j + 1).start(), v.t.get(k - 1).end()));
        return a;
    }
}
