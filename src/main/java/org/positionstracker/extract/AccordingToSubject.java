package org.positionstracker.extract;

import org.positionstracker.extract.doc.TokenSpan;

/**
 * "according to" followed by a document ("according to a statement from the ministry": its
 * issuer), by "him"/"her"/"them" alone (the pronoun's antecedent), or by a noun phrase.
 */
final class AccordingToSubject implements SubjectSieve {
    @Override
    public boolean applies(Site site) {
        return site.cue().kind().according();
    }

    @Override
    public VerbAttribution find(Site site) {
        VerbSubjects v = site.v();
        ReportingVerbs.Cue c = site.cue();
        VerbAttribution a = new VerbAttribution(c);
        a.kind = VerbAttribution.Kind.ACCORDING;
        DocumentSources.DocPhrase doc = v.documents.documentAfter(c.to());
        if (doc != null) {
            a.subject = new TokenSpan(c.to(), doc.end());
            a.after = doc.end();
            a.speaker = v.documents.issuer(doc, site.before());
            return a.speaker == null ? null : a;
        }
        String obj = c.to() < v.n ? v.t.get(c.to()).lower() : "";
        String subj = switch (obj) {
            case "him" -> "he";
            case "her" -> "she";
            case "them" -> "they";
            default -> null;
        };
        if (subj != null && (c.to() + 1 >= v.n || !v.t.get(c.to() + 1).word())) {   // "According to him, ..."
            SpeakerRef ref = v.memory.pronoun(subj);
            if (ref == null) return null;
            a.pronoun = subj;
            a.subject = new TokenSpan(c.to(), c.to() + 1);
            a.after = c.to() + 1;
            a.speaker = new SpeakerResolver.Resolved(ref, v.t.get(c.to()).span());
            return a;
        }
        int e = NounPhrases.rightFrom(v.t, c.to());
        if (e < 0) return null;
        a.subject = new TokenSpan(c.to(), e);
        a.speaker = v.resolver.resolve(v.t, c.to(), e, -1, -1, v.memory);
        a.after = e;
        return a.speaker == null ? null : a;
    }
}
