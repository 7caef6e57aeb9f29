package org.positionstracker.extract;

/**
 * The noun phrase ending right before the verb ("Foreign Minister Anna Berg said"), with an
 * appositive passed over or a role before its comma ("Saudi Arabia's lead negotiator, Faisal
 * al-Harbi, said"); not the object of "whom".
 */
final class NounPhraseSubject implements SubjectSieve {
    @Override
    public boolean applies(Site site) {
        return site.left() >= 0 && site.v().t.get(site.left()).word();
    }

    @Override
    public VerbAttribution find(Site site) {
        VerbSubjects v = site.v();
        int k = site.left();
        int st = NounPhrases.leftFrom(v.t, k);
        if (st > 0 && (v.t.get(st - 1).is("whom") || v.t.get(st - 1).is("who"))) return null;  // "X, whom critics accused of ...": X is the object
        if (st < 0) return null;
        VerbAttribution a = new VerbAttribution(site.cue());
        a.kind = VerbAttribution.Kind.LEFT;
        a.subjFrom = st;
        a.subjTo = k + 1;
        int appFrom = site.appFrom();
        int appTo = site.appTo();
        int[] role = appFrom < 0 ? v.roleBefore(st) : null;
        if (role != null) {
            appFrom = role[0];
            appTo = role[1];
        }
        a.speaker = v.resolver.resolve(v.t, st, k + 1, appFrom, appTo, v.memory);
        if (a.speaker != null && role != null) {
            a.speaker = new SpeakerResolver.Resolved(a.speaker.ref(), new TextSpan(v.t.get(st).start(), v.t.get(k).end()));
            a.subjFrom = role[0];
        }
        return a.speaker == null ? null : a;
    }
}
