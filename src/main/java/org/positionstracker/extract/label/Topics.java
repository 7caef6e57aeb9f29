package org.positionstracker.extract.label;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.TopicEntry;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * Which codebook topics a statement is on: keywords matched by lemma ("ceded" is "cede"), and
 * back-references to a document named in the sentences before ("it", "the document").
 */
final class Topics {
    private static final Set<String> FINITE_AUXILIARIES = Lexicons.words(Lexicons.DIR + "label-topics-finite-auxiliaries.txt");
    /** Nouns that name a text someone proposes: a definite one in a statement refers back to the document named before. */
    private static final Set<String> DOCUMENT_NOUNS = lemmas(Lexicons.lines(Lexicons.DIR + "label-topics-document-nouns.txt").toArray(String[]::new));
    private static final Set<String> DEFINITE = Lexicons.words(Lexicons.DIR + "label-topics-definite.txt");
    private static final int BACK_SENTENCES = 5;
    /** Nouns that, definite, stand for whatever topic the sentences before were on ("the measures" after sanctions). */
    private static final Set<String> TOPIC_ANAPHORS = lemmas(Lexicons.lines(Lexicons.DIR + "label-topics-topic-anaphors.txt").toArray(String[]::new));

    private final PhraseIndex<List<String>> keywords = new PhraseIndex<>();
    private final Set<String> documentTopics = new HashSet<>();

    Topics(Codebook codebook) {
        Map<String, List<String>> slugsByKeyword = new LinkedHashMap<>();
        for (TopicEntry topic : codebook.topics()) {
            for (String kw : topic.keywords()) {
                if (kw == null || kw.isBlank()) continue;
                List<String> slugs = slugsByKeyword.computeIfAbsent(kw.strip(), k -> new ArrayList<>());
                if (!slugs.contains(topic.slug())) slugs.add(topic.slug());
                String[] parts = kw.strip().split("\\s+");
                if (DOCUMENT_NOUNS.contains(Lemmas.of(parts[parts.length - 1].toLowerCase(Locale.ROOT)))) documentTopics.add(topic.slug());
            }
        }
        slugsByKeyword.forEach((kw, slugs) -> keywords.add(kw, List.copyOf(slugs)));
    }

    /** True for topics about a document (a keyword ends in plan, deal, agreement, ...): requirements on it are conditions. */
    boolean aboutADocument(String slug) {
        return documentTopics.contains(slug);
    }

    /** The topics of words [from, to) by keyword, each with its occurrences, in order of first keyword. */
    Map<String, List<TopicHit>> find(List<Word> w, int from, int to) {
        Map<String, List<TopicHit>> out = new LinkedHashMap<>();
        for (PhraseIndex.Match<List<String>> m : keywords.findAll(w, from, to)) {
            if (m.from() >= 2 && w.get(m.from() - 1).is("for") && w.get(m.from() - 2).is("up")) continue;  // "not up for discussion"
            if (m.to() - m.from() == 1 && w.get(m.from()).lemma().equals("talk") && !w.get(m.from()).lower().startsWith("talks")
                    && m.to() < to && w.get(m.to()).is("about")) continue;         // "they talk about peace": a mention, not talks
            for (String slug : m.payload()) {
                List<TopicHit> list = out.computeIfAbsent(slug, k -> new ArrayList<>());
                if (!list.isEmpty() && samePhrase(w, list.get(list.size() - 1), m.from())) continue;
                list.add(new TopicHit(slug, m.from(), m.to()));
            }
        }
        return out;
    }

    /** True when the hit's words are a keyword of its topic (not a back-reference or a carried topic). */
    boolean isKeywordAt(List<Word> w, TopicHit h) {
        PhraseIndex.Match<List<String>> m = keywords.matchAt(w, h.from(), w.size());
        return m != null && m.payload().contains(h.slug());
    }

    /** A keyword right after another of the same topic, words only between, is the same noun phrase ("occupied eastern regions"). */
    static boolean samePhrase(List<Word> w, TopicHit last, int from) {
        if (from - last.to() > 2) return false;
        for (int k = last.to(); k < from; k++) {
            if (!w.get(k).word() || w.get(k).is("and") || w.get(k).is("or") || w.get(k).is("but")) return false;
        }
        return true;
    }

    /**
     * A content that points back to a document ("the document", "this text", or "it" when the
     * content names no topic of its own) takes the document's topic from the nearest of the
     * preceding sentences that names one. "It" right at the start of a government's or
     * organisation's statement is the speaker itself ("Moscow said it was ready") and is skipped.
     */
    void addBackReference(LabelInput in, List<Word> w, int cf, int ct, Map<String, List<TopicHit>> hits) {
        for (String slug : hits.keySet()) if (documentTopics.contains(slug)) return;
        int refFrom = -1;
        int refTo = -1;
        for (int k = cf; k < ct && refFrom < 0; k++) {
            Word x = w.get(k);
            if (x.isAny(DEFINITE)) {
                int n = k + 1;
                if (n < ct && w.get(n).word() && !DOCUMENT_NOUNS.contains(w.get(n).lemma()) && n + 1 < ct
                        && DOCUMENT_NOUNS.contains(w.get(n + 1).lemma())) n++;   // "the new document"
                if (n < ct && DOCUMENT_NOUNS.contains(w.get(n).lemma())) {
                    refFrom = k;
                    refTo = n + 1;
                }
            } else if (hits.isEmpty() && (x.is("it") || x.is("this")) && (k == cf || w.get(k - 1).is("that")) && k + 1 < ct
                    && (verbLike(w.get(k + 1)) || finiteVerb(w.get(k + 1))) && !expletive(w, k, ct)) {
                boolean speakerItself = k == cf && in.speaker() != null && in.speaker().kind() != org.positionstracker.actor.ActorKind.PERSON
                        && in.speaker().kind() != org.positionstracker.actor.ActorKind.GROUP;
                if (!speakerItself) {
                    refFrom = k;
                    refTo = k + 1;
                }
            }
        }
        boolean anyTopic = false;
        if (refFrom < 0 && hits.isEmpty()) {
            for (int k = cf; k + 1 < ct && refFrom < 0; k++) {
                if (w.get(k).isAny(DEFINITE) && TOPIC_ANAPHORS.contains(w.get(k + 1).lemma())) {
                    refFrom = k;
                    refTo = k + 2;
                    anyTopic = true;
                }
            }
        }
        if (refFrom < 0) return;
        final int from0 = refFrom;
        final int to0 = refTo;
        List<TextSpan> before = in.preceding();
        if (anyTopic) {
            // "the arrangement" after "a security arrangement": the topic whose keyword ends in the same noun
            String noun = w.get(refTo - 1).lemma();
            for (int i = before.size() - 1, seen = 0; i >= 0 && seen < BACK_SENTENCES; i--, seen++) {
                List<Word> pw = Word.tokenize(in.text(), before.get(i).start(), before.get(i).end());
                for (PhraseIndex.Match<List<String>> m : keywords.findAll(pw, 0, pw.size())) {
                    if (m.to() - m.from() > 1 && pw.get(m.to() - 1).lemma().equals(noun)) {
                        for (String slug : m.payload()) hits.computeIfAbsent(slug, k -> new ArrayList<>()).add(new TopicHit(slug, from0, to0));
                        return;
                    }
                }
            }
        }
        for (int i = before.size() - 1, seen = 0; i >= 0 && seen < BACK_SENTENCES; i--, seen++) {
            TextSpan p = before.get(i);
            List<Word> pw = Word.tokenize(in.text(), p.start(), p.end());
            String found = null;
            for (PhraseIndex.Match<List<String>> m : keywords.findAll(pw, 0, pw.size())) {
                for (String slug : m.payload()) if (anyTopic || documentTopics.contains(slug)) found = slug;   // the nearest: the last in the sentence
            }
            if (found != null) {
                String slug = found;
                hits.computeIfAbsent(slug, k -> new ArrayList<>()).add(new TopicHit(slug, from0, to0));
                return;
            }
        }
    }

    /**
     * A statement that names no topic of its own continues the topic of the sentence just before
     * it when that sentence is the same speaker's (it names the speaker, or starts with a
     * pronoun): "He said Kyiv would not cede the districts. 'Nobody has the mandate to hand these
     * towns over,' he said." Up to two sentences back, each the speaker's, in the same paragraph, or
     * the last sentence of the paragraph before when the statement opens its paragraph with a
     * quotation; a heading (a line without final punctuation) stops the search. The hit stands on the content's first
     * word.
     */
    void addContextTopic(LabelInput in, List<Word> w, int cf, int ct, Map<String, List<TopicHit>> hits) {
        if (!hits.isEmpty() || cf >= ct || in.speaker() == null) return;
        String text = in.text();
        int here = Math.min(in.sentence().start(), in.content().start());
        List<TextSpan> before = in.preceding();
        for (int i = before.size() - 1; i >= 0 && i >= before.size() - CONTEXT_SENTENCES; i--) {
            TextSpan p = before.get(i);
            if (p.end() > here) return;
            boolean newParagraph = text.substring(p.end(), here).indexOf('\n') >= 0;
            String ps = text.substring(p.start(), p.end()).strip();
            if (ps.isEmpty() || ".!?\"\u201d'".indexOf(ps.charAt(ps.length() - 1)) < 0) return;          // a heading
            if (newParagraph && (i < before.size() - 1 || !opensWithQuotation(text, here))) return;
            List<Word> pw = Word.tokenize(text, p.start(), p.end());
            if (!sameSpeaker(pw, in)) return;
            List<PhraseIndex.Match<List<String>>> ms = keywords.findAll(pw, 0, pw.size());
            if (!ms.isEmpty()) {
                for (String slug : ms.get(0).payload())
                    if (!hits.containsKey(slug)) hits.put(slug, new ArrayList<>(List.of(new TopicHit(slug, cf, cf + 1))));
                return;
            }
            here = p.start();
        }
    }

    /** How many of the same speaker's sentences before a topic-less statement are searched for its topic. */
    private static final int CONTEXT_SENTENCES = 2;

    private static boolean opensWithQuotation(String text, int at) {
        int k = at;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k < text.length() && "\"\u201c'\u2018".indexOf(text.charAt(k)) >= 0;
    }

    private static final Set<String> SUBJECT_PRONOUNS = Lexicons.words(Lexicons.DIR + "label-topics-subject-pronouns.txt");

    /** The sentence names the statement's speaker (a word of the name or role) or opens with a subject pronoun. */
    private static boolean sameSpeaker(List<Word> pw, LabelInput in) {
        if (pw.isEmpty()) return false;
        if (pw.get(0).isAny(SUBJECT_PRONOUNS) || pw.size() > 1 && !pw.get(0).word() && pw.get(1).isAny(SUBJECT_PRONOUNS)) return true;
        Set<String> names = new HashSet<>();
        for (String part : in.speaker().canonicalName().split("\\s+")) if (part.length() > 2) names.add(part.toLowerCase(Locale.ROOT));
        if (in.speaker().role() != null)
            for (String part : in.speaker().role().split("\\s+")) if (part.length() > 3) names.add(part.toLowerCase(Locale.ROOT));
        for (Word x : pw) {
            if (x.isAny(names)) return true;
            if (x.possessive() && names.contains(x.lower().substring(0, x.lower().length() - 2))) return true;
            if (x.is("he") || x.is("she") || x.is("they")) return true;
        }
        return false;
    }

    /** "ignored", "offers": a lowercase word after a subject pronoun that looks like a finite verb. */
    static boolean finiteVerb(Word x) {
        return x.word() && !x.capitalised() && x.lower().length() > 3 && (x.lower().endsWith("ed") || x.lower().endsWith("s"));
    }

    /** "it is our right to choose", "it was clear that": the pronoun points forward, not back. */
    static boolean expletive(List<Word> w, int k, int ct) {
        if (k + 1 >= ct || !(w.get(k + 1).is("is") || w.get(k + 1).is("was") || w.get(k + 1).is("'s"))) return false;
        for (int m = k + 2; m < Math.min(ct, k + 9); m++) {
            if (w.get(m).clauseBreak() || w.get(m).is(",")) return false;
            if (w.get(m).is("to") || w.get(m).is("that")) return true;
        }
        return false;
    }

    static boolean verbLike(Word x) {
        return x.isAny(FINITE_AUXILIARIES);
    }

    static Set<String> lemmas(String... words) {
        Set<String> out = new HashSet<>();
        for (String x : words) out.add(Lemmas.of(x));
        return out;
    }
}
