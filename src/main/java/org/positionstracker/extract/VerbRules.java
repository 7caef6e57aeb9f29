package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules around reporting verbs, run over an article's sentences in text order so that the
 * {@link DiscourseMemory} knows, at each sentence, only what came before it: per body sentence a
 * transcript answer ({@link TranscriptAnswers}) or the verb statements ({@link VerbStatements});
 * then the title block, whose lines count only when their speaker is a person who also speaks in
 * the body; then {@link NamedRoles}. Each statement is named by its rule.
 */
final class VerbRules {
    /** The latest statement and where it stood, for a continuing quotation. */
    record Emitted(ExtractedStatement statement, int paragraph, int sentenceIndex) {
    }

    private final SpeakerResolver resolver;

    /** The sentence's last token is a question mark: an interviewer's question before an answer. */
    private static boolean endsWithQuestion(Sentence s) {
        List<Token> t = s.tokens();
        for (int k = t.size() - 1; k >= 0; k--) {
            if (t.get(k).word()) return false;
            if (t.get(k).isPunct('?')) return true;
        }
        return false;
    }

    /** Records the speakers the other stages found, as the verb rules record theirs ("he" and "she" tell the gender). */
    private static void remember(String text, List<ExtractedStatement> added, DiscourseMemory memory) {
        for (ExtractedStatement st : added) {
            if (st.speaker() == null) continue;
            String mention = st.speakerMention() == null ? "" : st.speakerMention().coveredText(text).toLowerCase(java.util.Locale.ROOT);
            memory.spoke(memory.canonical(st.speaker()), mention.equals("he") || mention.equals("she") ? mention : null, true);
        }
    }

    VerbRules(SpeakerResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The other stages, asked after the verb rules of each body sentence: they add their statements
     * to {@code all} (ordered by content start) and return them, so that their speakers are in the
     * memory for the sentences after.
     */
    interface Stages {
        List<ExtractedStatement> after(int sentenceIndex, List<ExtractedStatement> all);
    }

    List<ExtractedStatement> find(String original, String masked, List<Sentence> sentences, DiscourseMemory memory, Stages stages) {
        List<ExtractedStatement> out = new ArrayList<>();
        Set<Integer> usedQuotes = new HashSet<>();
        Emitted last = null;
        int topBlock = 0;                  // the title block: headline lines before the first body line
        while (topBlock < sentences.size() && sentences.get(topBlock).headline()) topBlock++;
        int transcriptParagraph = -1;
        for (int si = 0; si < sentences.size(); si++) {
            ExtractionBudget.checkpoint();
            Sentence s = sentences.get(si);
            if (s.paragraph() == transcriptParagraph) {
                remember(original, stages.after(si, out), memory);
                continue;
            }
            Sentence prev = si > 0 && sentences.get(si - 1).paragraph() == s.paragraph() ? sentences.get(si - 1) : null;
            SentenceView view = new SentenceView(original, masked, s, prev, memory, resolver, usedQuotes);
            if (prev == null && !s.headline()) {
                int end = si;
                while (end + 1 < sentences.size() && sentences.get(end + 1).paragraph() == s.paragraph()) end++;
                boolean inInterview = si > 0 && (sentences.get(si - 1).paragraph() == transcriptParagraph || endsWithQuestion(sentences.get(si - 1)));
                ExtractedStatement answer = new TranscriptAnswers(view).answer(sentences.get(end).end(), inInterview);
                if (answer != null) {
                    out.add(ExtractedStatement.insertionIndex(out, answer.content().start()), answer);
                    last = new Emitted(answer, s.paragraph(), si);
                    transcriptParagraph = s.paragraph();
                    remember(original, stages.after(si, out), memory);
                    continue;
                }
            }
            List<ExtractedStatement> found = new VerbStatements(view).run(last);
            for (ExtractedStatement st : found) {
                out.add(ExtractedStatement.insertionIndex(out, st.content().start()), st);
                last = new Emitted(st, s.paragraph(), si);
            }
            remember(original, stages.after(si, out), memory);
        }
        // the title block last, when every speaker of the body is known ("... — Putin", "Whitlock says ...")
        List<ExtractedStatement> titles = new ArrayList<>();
        for (int si = 0; si < topBlock; si++) {
            VerbStatements w = new VerbStatements(new SentenceView(original, masked, sentences.get(si), null, memory, resolver, usedQuotes));
            w.inTitle = true;
            titles.addAll(w.run(null));
        }
        if (titles.isEmpty()) return NamedRoles.apply(out, memory, original);
        List<ExtractedStatement> all = new ArrayList<>(titles);
        all.addAll(out);
        all = NamedRoles.apply(all, memory, original);
        Set<String> bodyPeople = new HashSet<>();
        for (int i = titles.size(); i < all.size(); i++) {
            SpeakerRef sp = all.get(i).speaker();
            if (sp != null && sp.kind() == org.positionstracker.actor.ActorKind.PERSON) bodyPeople.add(sp.canonicalName());
        }
        List<ExtractedStatement> kept = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            ExtractedStatement st = all.get(i);
            if (i < titles.size() && !(st.speaker().kind() == org.positionstracker.actor.ActorKind.PERSON
                    && bodyPeople.contains(st.speaker().canonicalName()))) continue;   // a title speaks only for a body speaker
            kept.add(st);
        }
        return kept;
    }
}
