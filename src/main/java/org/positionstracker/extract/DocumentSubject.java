package org.positionstracker.extract;

import org.positionstracker.extract.doc.TokenSpan;

/**
 * A document right before the verb ("the statement said", "a letter from the ministry warned"):
 * its issuer speaks, or nobody when the issuer cannot be told. A verb that reports only for
 * documents ("read") stops here.
 */
final class DocumentSubject implements SubjectSieve {
    @Override
    public boolean applies(Site site) {
        return site.cue().kind().documentOnly() || document(site) != null;
    }

    @Override
    public VerbAttribution find(Site site) {
        DocumentSources.DocPhrase doc = document(site);
        if (doc == null) return null;
        VerbAttribution a = new VerbAttribution(site.cue());
        a.kind = VerbAttribution.Kind.LEFT;
        a.subject = new TokenSpan(doc.start(), doc.end());
        a.speaker = site.v().documents.issuer(doc, site.before());
        return a.speaker == null ? null : a;
    }

    private static DocumentSources.DocPhrase document(Site site) {
        return site.v().documents.documentBefore(site.v().skipAux(site.cue().from() - 1));
    }
}
