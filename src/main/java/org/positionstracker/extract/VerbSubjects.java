package org.positionstracker.extract;

import java.util.List;

/**
 * The speaker of a reporting verb, tried in this order: "according to" a document, a pronoun or a
 * noun phrase; a document before the verb; over commas on the left, an age (", 58,"), an
 * interrupter (", however,"), an appositive (", the EU's foreign policy chief,") or a role before
 * a name ("the EU's trade commissioner, Katarina Lindqvist, said"); a relative pronoun ("Putin,
 * who reiterated") points to the phrase before the comma; "and"/"but" keeps the previous verb's
 * speaker; a pronoun through {@link DiscourseMemory}; the noun phrase on the left; after a quote,
 * comma or colon, the phrase after the verb ("said Jane Doe, the minister"). The listener of
 * "told"-type verbs is skipped and is never the speaker.
 */
final class VerbSubjects extends SentenceView {
    private final DocumentSources documents;

    VerbSubjects(SentenceView v) {
        super(v);
        this.documents = new DocumentSources(v);
    }

    VerbAttribution subject(ReportingVerbs.Cue c, List<VerbAttribution> before) {
        VerbAttribution a = new VerbAttribution(c);
        if (c.kind().according()) {
            DocumentSources.DocPhrase doc = documents.documentAfter(c.to());
            if (doc != null) {
                a.kind = VerbAttribution.Kind.ACCORDING;
                a.subjFrom = c.to();
                a.subjTo = doc.end();
                a.after = doc.end();
                a.speaker = documents.issuer(doc, before);
                return a.speaker == null ? null : a;
            }
            String obj = c.to() < n ? t.get(c.to()).lower() : "";
            String subj = switch (obj) {
                case "him" -> "he";
                case "her" -> "she";
                case "them" -> "they";
                default -> null;
            };
            if (subj != null && (c.to() + 1 >= n || !t.get(c.to() + 1).word())) {   // "According to him, ..."
                SpeakerRef ref = memory.pronoun(subj);
                if (ref == null) return null;
                a.kind = VerbAttribution.Kind.ACCORDING;
                a.pronoun = subj;
                a.subjFrom = c.to();
                a.subjTo = c.to() + 1;
                a.after = c.to() + 1;
                a.speaker = new SpeakerResolver.Resolved(ref, t.get(c.to()).span());
                return a;
            }
            int e = NounPhrases.rightFrom(t, c.to());
            if (e < 0) return null;
            a.kind = VerbAttribution.Kind.ACCORDING;
            a.subjFrom = c.to();
            a.subjTo = e;
            a.speaker = resolver.resolve(t, c.to(), e, -1, -1, memory);
            a.after = e;
            return a.speaker == null ? null : a;
        }
        int k = skipAux(c.from() - 1);
        DocumentSources.DocPhrase doc = documents.documentBefore(k);
        if (doc != null) {
            a.kind = VerbAttribution.Kind.LEFT;
            a.subjFrom = doc.start();
            a.subjTo = doc.end();
            a.speaker = documents.issuer(doc, before);
            return a.speaker == null ? null : a;
        }
        if (c.kind().documentOnly()) return null;
        int appFrom = -1;
        int appTo = -1;
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
            if (appFrom < 0 && appositive(j + 1, k) && j > 0 && t.get(j - 1).word()) {
                appFrom = j + 1;
                appTo = roleEnd(j + 1, k);
                k = j - 1;
                continue;
            }
            if (nameChunk(j + 1, k) && j > 1 && roleNounAt(j - 1)) {
                // "the EU's trade commissioner, Katarina Lindqvist, said"
                int rs = NounPhrases.leftFrom(t, j - 1);
                a.kind = VerbAttribution.Kind.LEFT;
                a.subjFrom = rs >= 0 ? rs : j + 1;
                a.subjTo = k;
                a.speaker = resolver.resolve(t, j + 1, k, rs >= 0 ? rs : -1, rs >= 0 ? j : -1, memory);
                if (a.speaker != null) a.speaker = new SpeakerResolver.Resolved(a.speaker.ref(), new TextSpan(t.get(j + 1).start(), t.get(k - 1).end()));
                k = -2;
            }
            break;
        }
        if (skippedRelative && k >= 0 && t.get(k).isPunct(',')) k = skipAux(k - 1);
        if (k == -2) {
            if (a.speaker == null) return null;
            if (c.kind().addressee() && a.after < n && t.get(a.after).word() && !t.get(a.after).is("that")) {
                int e = NounPhrases.rightFrom(t, a.after);
                if (e > 0) a.after = e;
            }
            return a;
        }
        String w = k >= 0 ? t.get(k).lower() : "";
        if ((w.equals("who") || w.equals("which")) && k > 0) {
            int ant = t.get(k - 1).isPunct(',') ? k - 2 : k - 1;
            int st = ant >= 0 ? NounPhrases.leftFrom(t, ant) : -1;
            if (st < 0) return null;
            a.kind = VerbAttribution.Kind.RELATIVE;
            a.subjFrom = st;
            a.subjTo = ant + 1;
            int[] role = roleBefore(st);
            a.speaker = resolver.resolve(t, st, ant + 1, role == null ? -1 : role[0], role == null ? -1 : role[1], memory);
        } else if ((w.equals("and") || w.equals("but") || w.equals("yet")) && !before.isEmpty()) {
            VerbAttribution p = before.get(before.size() - 1);
            a.kind = VerbAttribution.Kind.COORDINATED;
            a.speaker = p.speaker;
            a.pronoun = p.pronoun;
            a.subjFrom = p.subjFrom;
            a.subjTo = p.subjTo;
            a.cut = k > 0 && t.get(k - 1).isPunct(',') ? k - 1 : k;
        } else if (SpeakerWords.PRONOUNS.contains(w)) {
            SpeakerRef ref = memory.pronoun(w);
            if (ref == null) return null;
            a.kind = VerbAttribution.Kind.PRONOUN;
            a.pronoun = w;
            a.subjFrom = k;
            a.subjTo = k + 1;
            a.speaker = new SpeakerResolver.Resolved(ref, t.get(k).span());
        } else if (k >= 0 && t.get(k).word()) {
            int st = NounPhrases.leftFrom(t, k);
            if (st > 0 && (t.get(st - 1).is("whom") || t.get(st - 1).is("who"))) return null;  // "X, whom critics accused of ...": X is the object
            if (st >= 0) {
                a.kind = VerbAttribution.Kind.LEFT;
                a.subjFrom = st;
                a.subjTo = k + 1;
                int[] role = appFrom < 0 ? roleBefore(st) : null;
                if (role != null) {
                    appFrom = role[0];
                    appTo = role[1];
                }
                a.speaker = resolver.resolve(t, st, k + 1, appFrom, appTo, memory);
                if (a.speaker != null && role != null) {
                    a.speaker = new SpeakerResolver.Resolved(a.speaker.ref(), new TextSpan(t.get(st).start(), t.get(k).end()));
                    a.subjFrom = role[0];
                }
            }
        }
        if (a.speaker == null && c.kind().invertible()
                && (k < 0 || t.get(k).isPunct(',') || t.get(k).isPunct(':') || closeAt[k] != null)) {
            int e = NounPhrases.rightFrom(t, c.to());
            if (e > 0 && e < n && t.get(e).word() && !isAdverbialStart(t.get(e))) e = -1;  // "said Europe would ..."
            if (e > 0) {
                int ae = -1;
                if (e + 1 < n && t.get(e).isPunct(',') && appositiveStart(e + 1)) ae = NounPhrases.rightFrom(t, e + 1);
                a.kind = VerbAttribution.Kind.INVERTED;
                a.subjFrom = c.to();
                a.subjTo = e;
                a.speaker = resolver.resolve(t, c.to(), e, ae > 0 ? e + 1 : -1, ae > 0 ? ae : -1, memory);
                a.after = ae > 0 ? ae : e;
            }
        }
        if (a.speaker == null) return null;
        if (c.kind().addressee() && a.after < n && t.get(a.after).word() && !t.get(a.after).is("that")) {
            int e = NounPhrases.rightFrom(t, a.after);
            if (e > 0) a.after = e;
        }
        return a;
    }

}
