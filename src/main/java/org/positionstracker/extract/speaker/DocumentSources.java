package org.positionstracker.extract.speaker;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.attribution.Pronouns;
import org.positionstracker.extract.attribution.ResolvedSpeaker;
import org.positionstracker.extract.attribution.SpeakerLookup;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;
import org.positionstracker.extract.doc.Word;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * A document, poll or data phrase is its issuer when the phrase names one: the agent after the noun
 * ("an analysis of filings by Crowdpac", "an email from Ann Reed", "a report in the Gazette"), a possessive before it ("the ministry's statement", "his
 * tax returns" through the pronoun's antecedent), a name before it ("a Gallup poll", "FEC
 * filings"), or a document with an issuer after "of" ("the results of a Gallup poll"); empty when
 * it names none, so that a document is never a speaker by itself.
 */
public final class DocumentSources {
    private static final Set<String> NOUNS = new HashSet<>();

    static {
        NOUNS.addAll(Lexicons.words("/org/positionstracker/extract/document-nouns.txt"));
        NOUNS.addAll(Lexicons.words(Phrases.DIR + "speaker-data-nouns.txt"));
    }

    private DocumentSources() {
    }

    /** True when the phrase's head is a document or data noun ("poll", "filings", "statement"), not part of a name ("The Post"). */
    public static boolean document(DocSentence s, TokenSpan p) {
        int head = Phrases.head(s, p);
        return NOUNS.contains(Phrases.headWord(s, head)) && (head == 0 || !s.word(head).capitalised());
    }

    /**
     * The issuer of the document phrase {@code p}; {@code found} holds the statements before it
     * (the first {@code count} of them), for a possessive pronoun.
     */
    public static Optional<ResolvedSpeaker> resolve(SpeakerLookup lookup, List<ExtractedStatement> found, int count,
                                                    DocSentence s, TokenSpan p) {
        return issuer(lookup, found, count, s, p, 0).map(ref -> new ResolvedSpeaker(ref, Phrases.span(s, p)));
    }

    private static Optional<SpeakerRef> issuer(SpeakerLookup lookup, List<ExtractedStatement> found, int count,
                                               DocSentence s, TokenSpan p, int depth) {
        if (!document(s, p) || depth > 1) return Optional.empty();
        int head = Phrases.head(s, p);
        int from = Phrases.afterQuantifiers(s, p);
        for (int k = head + 1; k + 1 < p.to(); k++) {           // "... by Crowdpac", "an email from Ann Reed": the agent after the noun
            Optional<SpeakerRef> agent = agent(lookup, s, k, p.to());
            if (agent.isPresent()) return agent;
        }
        for (int k = from; k < head; k++) {
            Word w = s.word(k);
            String pronoun = Phrases.POSSESSIVES.get(w.lower());
            if (pronoun != null) {
                int before = w.span().start();
                return Pronouns.antecedent(found, count, before, pronoun);
            }
            if (w.is("'s") && k > from) return named(lookup, s, p.from(), k);
            if (w.lower().endsWith("'s") && w.capitalised()) return named(lookup, s, from, k + 1);
        }
        int run = -1;
        for (int k = from; k < head; k++) {
            if (s.word(k).capitalised() && (k > 0 || capitalisedRun(s, k, head) - k > 1 || head == k + 1 && s.word(k).text().length() > 1
                    && s.word(k).text().equals(s.word(k).text().toUpperCase(java.util.Locale.ROOT)))) {
                run = k;
                break;
            }
        }
        if (run >= 0) {
            int end = run;
            while (end < head && (s.word(end).capitalised() || s.word(end).isPunct('/') || s.word(end).isPunct('-') || Phrases.number(s.word(end))
                    && end > run)) end++;
            if (end > run) return named(lookup, s, run, end);
        }
        if (head + 2 < p.to() && s.word(head + 1).is("of")) {     // "the results of the latest Quinnipiac poll"
            return issuer(lookup, found, count, s, new TokenSpan(head + 2, p.to()), depth + 1);
        }
        return Optional.empty();
    }

    /**
     * The issuer named after word {@code k}: "by" or "from" and a name or described group ("by the
     * Associated Press", "from Ann Reed", "by state regulators"); "in" and an outlet ("a report in
     * the Gazette"); "for" after "conducted" or "commissioned" and a name ("conducted for the AP").
     */
    private static Optional<SpeakerRef> agent(SpeakerLookup lookup, DocSentence s, int k, int to) {
        String w = s.word(k).lower();
        boolean agentive = w.equals("by") || w.equals("from");
        boolean commissioner = w.equals("for") && k > 0 && COMMISSIONED.contains(s.word(k - 1).lower());
        if (!agentive && !commissioner && !w.equals("in")) return Optional.empty();
        int from = k + 1;
        if (from < to - 1 && (s.word(from).is("the") || s.word(from).is("a"))) from++;
        if (!s.word(from).word()) return Optional.empty();
        if (s.word(from).capitalised()) {
            int end = capitalisedRun(s, from, to);
            if (w.equals("in")) {
                return lookup.resolve(s, new TokenSpan(k + 1, end)).map(ResolvedSpeaker::ref)
                        .filter(r -> r.kind() == org.positionstracker.actor.ActorKind.MEDIA);
            }
            return named(lookup, s, s.word(k + 1).is("the") ? k + 1 : from, end);
        }
        if (!w.equals("by")) return Optional.empty();
        TokenSpan rest = new TokenSpan(k + 1, to);
        Optional<ResolvedSpeaker> r = lookup.resolve(s, rest);
        if (r.isEmpty()) r = DescribedGroups.resolve(s, rest);
        return r.map(ResolvedSpeaker::ref);
    }

    private static final Set<String> COMMISSIONED = Lexicons.words(Lexicons.DIR + "speaker-document-sources-commissioned.txt");

    private static int capitalisedRun(DocSentence s, int from, int to) {
        int k = from;
        while (k < to && (s.word(k).capitalised() || k > from && (s.word(k).is("of") || s.word(k).isPunct('/')) && k + 1 < to
                && s.word(k + 1).capitalised())) k++;
        return k;
    }

    /** The actor named by words [from, to): what the lookup makes of them, else an organisation of that name. */
    private static Optional<SpeakerRef> named(SpeakerLookup lookup, DocSentence s, int from, int to) {
        if (to <= from) return Optional.empty();
        TokenSpan name = new TokenSpan(from, to);
        Optional<ResolvedSpeaker> r = lookup.resolve(s, name);
        if (r.isPresent()) return r.map(ResolvedSpeaker::ref);
        String text = Phrases.text(s, from, to);
        if (text.endsWith("'s")) text = text.substring(0, text.length() - 2);
        return text.isBlank() ? Optional.empty() : Optional.of(new SpeakerRef(text, ActorKind.ORGANISATION, null, null, false));
    }
}
