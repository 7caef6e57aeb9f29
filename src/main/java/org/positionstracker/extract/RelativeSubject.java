package org.positionstracker.extract;

import org.positionstracker.extract.doc.TokenSpan;

/** "Putin, who reiterated ...": the speaker is the noun phrase before the relative pronoun (with a role before its comma). */
final class RelativeSubject implements SubjectSieve {
    @Override
    public boolean applies(Site site) {
        String w = site.leftWord();
        return (w.equals("who") || w.equals("which")) && site.left() > 0;
    }

    @Override
    public VerbAttribution find(Site site) {
        VerbSubjects v = site.v();
        int k = site.left();
        int ant = v.t.get(k - 1).isPunct(',') ? k - 2 : k - 1;
        int st = ant >= 0 ? NounPhrases.leftFrom(v.t, ant) : -1;
        if (st < 0) return null;
        VerbAttribution a = new VerbAttribution(site.cue());
        a.kind = VerbAttribution.Kind.RELATIVE;
        a.subject = new TokenSpan(st, ant + 1);
        TokenSpan role = v.roleBefore(st);
        a.speaker = v.resolver.resolve(v.t, st, ant + 1, role == null ? -1 : role.from(), role == null ? -1 : role.to(), v.memory);
        return a.speaker == null ? null : a;
    }
}
