package org.positionstracker.extract;

import org.positionstracker.extract.doc.TokenSpan;

/** "he said", "they warned": the pronoun's antecedent in the {@link DiscourseMemory}, or nobody. */
final class PronounSubject implements SubjectSieve {
    @Override
    public boolean applies(Site site) {
        return SpeakerWords.PRONOUNS.contains(site.leftWord());
    }

    @Override
    public VerbAttribution find(Site site) {
        VerbSubjects v = site.v();
        String w = site.leftWord();
        SpeakerRef ref = v.memory.pronoun(w);
        if (ref == null) return null;
        int k = site.left();
        VerbAttribution a = new VerbAttribution(site.cue());
        a.kind = VerbAttribution.Kind.PRONOUN;
        a.pronoun = w;
        a.subject = new TokenSpan(k, k + 1);
        a.speaker = new SpeakerResolver.Resolved(ref, v.t.get(k).span());
        return a;
    }
}
