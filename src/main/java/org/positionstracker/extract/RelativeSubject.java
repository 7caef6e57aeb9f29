package org.positionstracker.extract;

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
        a.subjFrom = st;
        a.subjTo = ant + 1;
        int[] role = v.roleBefore(st);
        a.speaker = v.resolver.resolve(v.t, st, ant + 1, role == null ? -1 : role[0], role == null ? -1 : role[1], v.memory);
        return a.speaker == null ? null : a;
    }
}
