package org.positionstracker.extract;

import org.positionstracker.extract.doc.TokenSpan;

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
        a.subject = new TokenSpan(st, k + 1);
        TokenSpan role = site.appositive().isEmpty() ? v.roleBefore(st) : null;
        TokenSpan app = role != null ? role : site.appositive().orElse(null);
        a.speaker = v.resolver.resolve(v.t, st, k + 1, app == null ? -1 : app.from(), app == null ? -1 : app.to(), v.memory);
        if (a.speaker != null && role != null) {
            a.speaker = new SpeakerResolver.Resolved(a.speaker.ref(), new TextSpan(v.t.get(st).start(), v.t.get(k).end()));
            a.subject = new TokenSpan(role.from(), k + 1);
        }
        return a.speaker == null ? null : a;
    }
}
