package org.positionstracker.extract;

/** "acknowledged ..., but stressed ...": a verb after "and"/"but"/"yet" keeps the previous verb's speaker and cuts its clause. */
final class CoordinatedSubject implements SubjectSieve {
    @Override
    public boolean applies(Site site) {
        String w = site.leftWord();
        return (w.equals("and") || w.equals("but") || w.equals("yet")) && !site.before().isEmpty();
    }

    @Override
    public VerbAttribution find(Site site) {
        VerbAttribution p = site.before().get(site.before().size() - 1);
        int k = site.left();
        VerbAttribution a = new VerbAttribution(site.cue());
        a.kind = VerbAttribution.Kind.COORDINATED;
        a.speaker = p.speaker;
        a.pronoun = p.pronoun;
        a.subject = p.subject;
        a.cut = k > 0 && site.v().t.get(k - 1).isPunct(',') ? k - 1 : k;
        return a.speaker == null ? null : a;
    }
}
