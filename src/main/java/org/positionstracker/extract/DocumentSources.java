package org.positionstracker.extract;

import java.util.List;
import java.util.Set;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * Documents as sources ("the statement read", "a statement from the ministry said", "according to
 * a report by X", nouns of {@code document-nouns.txt}): the statement goes to the document's
 * issuer - a possessive ("the ministry's letter"), a name before the noun ("a Kremlin statement"),
 * "from"/"by" after it, a possessive pronoun ("its statement"), or for a definite "the statement"
 * the actor that "said in a statement", "issued a statement" or was named with one earlier. With
 * no issuer that can be told ("a joint statement said") there is no statement: a document is never
 * a speaker.
 */
final class DocumentSources extends SentenceView {
    /** Verbs that put out a document ("issued a statement", "a letter signed by"). */
    private static final Set<String> ISSUING = Lexicons.words(Lexicons.DIR + "verb-document-sources-issuing.txt");

    DocumentSources(SentenceView v) {
        super(v);
    }

    // ---------------------------------------------------------------- documents as sources

    /**
     * A document phrase: tokens [start, end), head noun at {@code head}; the issuer as written
     * at [issuerFrom, issuerTo) ("the ministry's", "Kremlin", "from the ministry" without the
     * preposition) or -1; a possessive pronoun ("its statement") or null; the determiner or
     * null; {@code several} when the issuer is a coordination ("by France and Germany").
     */
    record DocPhrase(int start, int head, int end, int issuerFrom, int issuerTo, String pronoun, String det,
                             boolean several) {
    }

    /** The document phrase ending at token {@code k}, right before a reporting verb, or null. */
    DocPhrase documentBefore(int k) {
        if (k < 0) return null;
        int end = k;
        if (t.get(k).isPunct(',')) {                  // "The report, published on Tuesday, said"
            int j = previousComma(k);
            if (j < 1 || j + 1 >= k || !pastParticiple(t.get(j + 1))) return null;
            end = j - 1;
        }
        if (end < 0 || quoted[end] || !t.get(end).word()) return null;
        if (SpeakerWords.document(t.get(end))) return documentAround(end, end + 1, -1, -1, false);
        int st = NounPhrases.leftFrom(t, end);       // "a statement from the ministry said"
        if (st < 2) return null;
        boolean several = false;
        int p = st - 1;
        if (t.get(p).is("and")) {                    // "a joint statement by France and Germany said"
            for (int m = p - 1; m >= Math.max(1, p - 8); m--) {
                if (!t.get(m).word()) break;
                if ((t.get(m).is("by") || t.get(m).is("from")) && SpeakerWords.document(t.get(m - 1))) {
                    p = m;
                    several = true;
                    break;
                }
            }
        }
        if (!(t.get(p).is("from") || t.get(p).is("by"))) return null;
        int d = p - 1;
        if (d > 0 && ISSUING.contains(t.get(d).lower())) d--;
        if (d < 0 || quoted[d] || !SpeakerWords.document(t.get(d))) return null;
        return documentAround(d, end + 1, several ? -1 : st, several ? -1 : end + 1, several);
    }

    /** The document phrase starting at token {@code j}, after "according to", or null. */
    DocPhrase documentAfter(int j) {
        for (int d = j; d < Math.min(n, j + 6); d++) {
            Token x = t.get(d);
            if (!x.word() || quoted[d]) return null;
            if (!SpeakerWords.document(x) || !documentHead(d)) continue;
            int end = d + 1;
            int pf = -1;
            int pt = -1;
            if (d + 2 < n && (t.get(d + 1).is("from") || t.get(d + 1).is("by"))) {
                int e = NounPhrases.rightFrom(t, d + 2);
                if (e > 0) {
                    pf = d + 2;
                    pt = e;
                    end = e;
                }
            }
            DocPhrase dp = documentAround(d, end, pf, pt, false);
            return dp.start() == j ? dp : null;
        }
        return null;
    }

    /** The head noun at {@code d} ends its phrase: "a draft seen by", not "a draft law". */
    boolean documentHead(int d) {
        if (d + 1 >= n) return true;
        Token y = t.get(d + 1);
        if (!y.word() || SpeakerWords.FUNCTION.contains(y.lower()) || pastParticiple(y)) return true;
        return ReportingVerbs.find(t.subList(d + 1, Math.min(n, d + 3)), new boolean[Math.min(n, d + 3) - d - 1]).stream()
                .anyMatch(cue -> cue.from() == 0);
    }


    /**
     * Completes a document phrase leftwards from its head {@code d}: modifiers, issuer, determiner.
     * An issuer before the noun ("a Reuters report from Kyiv") wins over one after it.
     */
    DocPhrase documentAround(int d, int end, int issuerFrom, int issuerTo, boolean several) {
        int j = d - 1;
        for (int mods = 0; j >= 0 && mods < 3; mods++) {   // "joint", "final written", "draft"
            Token x = t.get(j);
            if (!x.word() || x.capitalised() || x.possessive() || SpeakerWords.FUNCTION.contains(x.lower())
                    || SpeakerWords.DETERMINERS.contains(x.lower())) break;
            j--;
        }
        int start = j + 1;
        String pronoun = null;
        String det = null;
        if (j >= 0 && t.get(j).word() && !quoted[j]) {
            Token x = t.get(j);
            String w = x.lower();
            if (SpeakerWords.DETERMINERS.contains(w) || w.equals("this") || w.equals("that")) {
                det = w;
                start = j;
            } else if (w.equals("its") || w.equals("his") || w.equals("her") || w.equals("their")) {
                pronoun = switch (w) {
                    case "its" -> "it";
                    case "his" -> "he";
                    case "her" -> "she";
                    default -> "they";
                };
                start = j;
            } else if (x.possessive() && !SpeakerWords.isFunction(x, false)) {
                int st = NounPhrases.leftFrom(t, j);       // "the ministry's statement", "Euroclear's letter"
                if (st < 0) st = j;
                issuerFrom = st;
                issuerTo = j + 1;
                start = st;
            } else if (x.capitalised() && !SpeakerWords.isFunction(x, false) && j > 0) {
                int st = j;                                // "a Kremlin statement", "the EU report"
                while (st - 1 >= 0 && t.get(st - 1).capitalised() && !SpeakerWords.isFunction(t.get(st - 1), st - 1 == 0)) st--;
                issuerFrom = st;
                issuerTo = j + 1;
                start = st;
                if (st - 1 >= 0 && SpeakerWords.DETERMINERS.contains(t.get(st - 1).lower())) {
                    det = t.get(st - 1).lower();
                    start = st - 1;
                }
            }
        }
        return new DocPhrase(start, d, end, issuerFrom, issuerTo, pronoun, det, several);
    }

    /**
     * The actor behind a document: its issuer as written, else (for "its"/"their" statement)
     * the pronoun's antecedent, else (for "the statement") the actor that put out a statement
     * earlier in this sentence or the article; null when none can be told.
     */
    SpeakerResolver.Resolved issuer(DocPhrase doc, List<VerbAttribution> before) {
        TextSpan mention = new TextSpan(t.get(doc.start()).start(), t.get(doc.end() - 1).end());
        String key = SpeakerWords.documentKey(t.get(doc.head()));
        SpeakerRef ref = null;
        if (doc.several()) {
            memory.issued(key, null);
            return null;
        }
        if (doc.issuerFrom() >= 0) {
            SpeakerResolver.Resolved r = resolver.resolve(t, doc.issuerFrom(), doc.issuerTo(), -1, -1, memory);
            ref = r == null ? null : r.ref();
            memory.issued(key, ref);
        } else if (doc.pronoun() != null) {
            ref = memory.pronoun(doc.pronoun());
        } else if ("the".equals(doc.det()) || "this".equals(doc.det()) || "that".equals(doc.det())) {
            for (int i = before.size() - 1; i >= 0 && ref == null; i--) {
                VerbAttribution b = before.get(i);
                if (b.speaker != null && putOutIn(b, key)) ref = b.speaker.ref();
            }
            if (ref == null) ref = memory.issuer(key);
        } else {
            memory.issued(key, null);                     // "a joint statement said": issuer unknown
        }
        return ref == null ? null : new SpeakerResolver.Resolved(ref, mention);
    }

    /** True when attribution {@code b} reports "in a statement" (of kind {@code key}) right after its verb. */
    boolean putOutIn(VerbAttribution b, String key) {
        for (int k = b.cue.to(); k < Math.min(n - 1, b.cue.to() + 4); k++) {
            if (!t.get(k).is("in")) continue;
            for (int m = k + 1; m < Math.min(n, k + 5); m++) {
                if (!t.get(m).word()) break;
                if (SpeakerWords.document(t.get(m))) return SpeakerWords.documentKey(t.get(m)).equals(key);
            }
        }
        return false;
    }

    /**
     * After a sentence: remembers who put out the documents it mentions, for a later "the
     * statement said": the issuer written with the document, the speaker of "X said in a
     * statement" / "In a statement, X said", the subject of "X issued a statement"; a document
     * with no issuer that can be told blocks an older one.
     */
    void rememberIssuers(List<VerbAttribution> atts) {
        for (int d = 0; d < n; d++) {
            Token x = t.get(d);
            if (quoted[d] || !SpeakerWords.document(x) || !documentHead(d)) continue;
            if (d + 1 < n && (SpeakerWords.document(t.get(d + 1)))) continue;
            boolean subject = false;
            for (VerbAttribution a : atts) subject |= a.subject.contains(d);
            if (subject) continue;                        // recorded when it was resolved
            String key = SpeakerWords.documentKey(x);
            int pf = -1;
            int pt = -1;
            if (d + 2 < n && (t.get(d + 1).is("from") || t.get(d + 1).is("by"))) {
                int e = NounPhrases.rightFrom(t, d + 2);
                if (e > 0 && !(e < n && t.get(e).is("and"))) {
                    pf = d + 2;
                    pt = e;
                }
            }
            DocPhrase doc = documentAround(d, d + 1, pf, pt, false);
            if (doc.issuerFrom() >= 0) {
                SpeakerResolver.Resolved r = resolver.resolve(t, doc.issuerFrom(), doc.issuerTo(), -1, -1, memory);
                memory.issued(key, r == null ? null : r.ref());
                continue;
            }
            int s0 = doc.start();
            if (s0 > 0 && t.get(s0 - 1).is("in")) {          // "said in a statement", "In a statement, X said"
                VerbAttribution near = null;
                int best = Integer.MAX_VALUE;
                for (VerbAttribution a : atts) {
                    if (a.speaker == null || a.kind == VerbAttribution.Kind.ACCORDING) continue;
                    int dist = Math.abs(a.cue.from() - d);
                    if (dist < best) {
                        best = dist;
                        near = a;
                    }
                }
                if (near != null && best <= 12) {
                    memory.issued(key, near.speaker.ref());
                    continue;
                }
            }
            int v = s0 - 1;
            if (v > 0 && t.get(v).word() && ISSUING.contains(t.get(v).lower()) && doc.det() != null
                    && !"the".equals(doc.det())) {           // "Euroclear issued a statement"
                int k = skipAux(v - 1);
                int st = k >= 0 && t.get(k).word() ? NounPhrases.leftFrom(t, k) : -1;
                SpeakerResolver.Resolved r = null;
                boolean several = st > 0 && t.get(st - 1).is("and");
                if (st >= 0 && !several) r = resolver.resolve(t, st, k + 1, -1, -1, memory);
                else if (k >= 0 && SpeakerWords.PRONOUNS.contains(t.get(k).lower())) {
                    SpeakerRef p = memory.pronoun(t.get(k).lower());
                    if (p != null) r = new SpeakerResolver.Resolved(p, t.get(k).span());
                }
                memory.issued(key, r == null ? null : r.ref());
                continue;
            }
            if (doc.det() != null && !"the".equals(doc.det()) && !"this".equals(doc.det()) && !"that".equals(doc.det())) {
                memory.issued(key, null);
            }
        }
    }

}
