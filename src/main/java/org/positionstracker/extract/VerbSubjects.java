package org.positionstracker.extract;

import java.util.List;
import java.util.Optional;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * The speaker of a reporting verb: the {@link SubjectSieve}s in order, the first that applies
 * decides. Before the sieves on the left of the verb are asked, the asides between commas are
 * passed over: a relative clause (", who chairs the alliance,"), an age (", 58,"), an interrupter
 * (", however,", ", speaking in Kyiv,") and one appositive (", the EU's foreign policy chief,"),
 * which is kept as the speaker's role. The listener of "told"-type verbs is skipped and is never
 * the speaker.
 */
final class VerbSubjects extends SentenceView {
    static final List<SubjectSieve> SIEVES = List.of(
            new AccordingToSubject(),
            new DocumentSubject(),
            new RoleNameSubject(),
            new RelativeSubject(),
            new CoordinatedSubject(),
            new PronounSubject(),
            new NounPhraseSubject(),
            new InvertedSubject());

    final DocumentSources documents;

    VerbSubjects(SentenceView v) {
        super(v);
        this.documents = new DocumentSources(v);
    }

    /** The attribution of {@code c}, or null when no sieve finds its speaker. */
    VerbAttribution subject(ReportingVerbs.Cue c, List<VerbAttribution> before) {
        SubjectSieve.Site site = site(c, before);
        for (SubjectSieve sieve : SIEVES) {
            if (!sieve.applies(site)) continue;
            VerbAttribution a = sieve.find(site);
            if (a != null && c.kind().addressee() && a.after < n && t.get(a.after).word() && !t.get(a.after).is("that")) {
                int e = NounPhrases.rightFrom(t, a.after);      // "told reporters that": the listener is not content
                if (e > 0) a.after = e;
            }
            return a;
        }
        return null;
    }

    /** Walks left from the verb over auxiliaries, adverbs and the asides between commas. */
    SubjectSieve.Site site(ReportingVerbs.Cue c, List<VerbAttribution> before) {
        int k = skipAux(c.from() - 1);
        TokenSpan appositive = null;
        int nameComma = -1;
        boolean skippedRelative = false;
        for (int guard = 0; guard < 4 && k > 0 && t.get(k).isPunct(','); guard++) {
            int j = previousComma(k);
            if (j < 0 || j + 1 >= k) break;
            if (relativeClause(j + 1)) {
                k = j;                 // an appositive may end at this comma: "X, envoy, who chairs Y, said"
                skippedRelative = true;
                continue;
            }
            if (k - j == 2 && age(t.get(j + 1)) && j > 0 && SpeakerWords.nameLike(t.get(j - 1))) {
                k = j - 1;             // an age: "Mr. Alvarez, 58, said"
                continue;
            }
            if (interrupter(j + 1, k)) {
                k = skipAux(j - 1);
                continue;
            }
            if (appositive == null && appositive(j + 1, k) && j > 0 && t.get(j - 1).word()) {
                appositive = new TokenSpan(j + 1, roleEnd(j + 1, k));
                k = j - 1;
                continue;
            }
            if (nameChunk(j + 1, k) && j > 1 && roleNounAt(j - 1)) nameComma = j;
            break;
        }
        if (nameComma < 0 && skippedRelative && k >= 0 && t.get(k).isPunct(',')) k = skipAux(k - 1);
        return new SubjectSieve.Site(this, c, before, k, Optional.ofNullable(appositive), nameComma);
    }
}
