package org.positionstracker.extract.speaker;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.Document;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * A definite document phrase that names no issuer ("the poll", "the new poll", "the statement")
 * refers back to the latest earlier mention of a document with the same noun within reach: its
 * issuer ("a Gallup poll found ... the poll also showed" is Gallup's), or the speaker of a
 * statement whose cue it followed ("Reed said in a statement ... the statement added"); empty
 * when that latest mention tells neither: an older one is not looked for.
 */
public final class DocumentAnaphora {
    /** About three paragraphs, as for pronouns. */
    static final int REACH = 1_500;
    /** Characters between a cue and the document it was given in ("said Tuesday in a written statement"). */
    private static final int CUE_TO_DOCUMENT = 40;
    /** Words a document phrase may have before its noun. */
    private static final int LONGEST_MODIFIERS = 6;
    private static final Set<String> DEFINITE = Lexicons.words(Lexicons.DIR + "speaker-document-anaphora-definite.txt");
    /** Words that end a document phrase on its left ("in a statement", "according to the poll"). */
    private static final Set<String> LEFT_STOPS = Lexicons.words(Lexicons.DIR + "speaker-document-anaphora-left-stops.txt");

    private DocumentAnaphora() {
    }

    /** The issuer the phrase {@code p} refers back to; {@code found} holds the statements so far, the first {@code count} before it. */
    public static Optional<ResolvedSpeaker> resolve(Document doc, SpeakerLookup lookup, List<ExtractedStatement> found, int count,
                                                    DocSentence s, TokenSpan p) {
        if (!DEFINITE.contains(s.word(p.from()).lower()) || !DocumentSources.document(s, p)) return Optional.empty();
        int head = Phrases.head(s, p);
        for (int k = p.from() + 1; k <= head; k++) if (s.word(k).capitalised()) return Optional.empty();
        String key = key(s.word(head));
        int before = s.word(p.from()).span().start();
        for (int i = s.index(); i >= 0; i--) {
            DocSentence t = doc.sentences().get(i);
            if (before - t.span().end() > REACH) break;
            int last = i == s.index() ? p.from() : t.size();
            for (int k = last - 1; k >= 0; k--) {
                if (!t.word(k).word() || !key.equals(key(t.word(k)))) continue;
                return earlier(lookup, found, count, t, k).map(ref -> new ResolvedSpeaker(ref, Phrases.span(s, p)));
            }
        }
        return Optional.empty();
    }

    /** The issuer of the document whose noun is word {@code k} of sentence {@code t}. */
    private static Optional<SpeakerRef> earlier(SpeakerLookup lookup, List<ExtractedStatement> found, int count, DocSentence t, int k) {
        int from = k;
        while (from > 0 && k - from < LONGEST_MODIFIERS) {
            Word w = t.word(from - 1);
            if (!w.word() && !w.is("'s") || LEFT_STOPS.contains(w.lower())) break;
            from--;
            if (DEFINITE.contains(w.lower()) || w.is("a") || w.is("an") || Phrases.POSSESSIVES.containsKey(w.lower())) break;
        }
        int at = t.word(k).span().start();
        int countThere = ExtractedStatement.countStartingBefore(found, t.word(from).span().start());
        Optional<ResolvedSpeaker> issuer = DocumentSources.resolve(lookup, found, Math.min(countThere, count), t, new TokenSpan(from, k + 1));
        if (issuer.isPresent()) return issuer.map(ResolvedSpeaker::ref);
        for (int i = count - 1; i >= 0; i--) {                 // "Reed said in a statement": the speaker it was given by
            ExtractedStatement st = found.get(i);
            if (st.content().end() < t.span().start() - REACH) break;
            if (st.speaker() != null && st.cue() != null && st.cue().start() >= t.span().start() && st.cue().end() <= at
                    && at - st.cue().end() <= CUE_TO_DOCUMENT) return Optional.of(st.speaker());
        }
        return Optional.empty();
    }

    /** A document noun's key: lower case, singular ("polls" -> "poll"). */
    private static String key(Word w) {
        String x = w.lower();
        return x.endsWith("s") && x.length() > 4 && !x.endsWith("ss") ? x.substring(0, x.length() - 1) : x;
    }
}
