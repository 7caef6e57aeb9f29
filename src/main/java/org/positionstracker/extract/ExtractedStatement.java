package org.positionstracker.extract;

import java.util.List;
import java.util.Objects;
import org.positionstracker.statement.Mode;

/**
 * One statement found in an article.
 *
 * @param sentenceNumber  1-based number of the sentence the statement starts in
 * @param mode            direct, partial or indirect
 * @param content         span of what was said: for a direct quote the words inside the quotation
 *                        marks; for reported speech the reported clause (for a partial quote it
 *                        contains the quoted words with their marks)
 * @param text            the content's text, always equal to content.coveredText(article)
 * @param speaker         who said it, resolved; null for speech whose speaker cannot be told (an
 *                        unattributed statement, which counts toward no position)
 * @param speakerMention  span of the mention the speaker was found from (a name, "he", "Kyiv"...), or null
 * @param cue             span of the reporting verb or phrase ("said", "warned that", "according to"), or null
 * @param topics          the topics of the statement with its stance on each, at most one per slug
 * @param rule            name of the rule (attribution sieve) that produced the statement, e.g. "quote-then-verb"
 */
public record ExtractedStatement(int sentenceNumber, Mode mode, TextSpan content, String text,
                                 SpeakerRef speaker, TextSpan speakerMention, TextSpan cue,
                                 List<TopicStance> topics, String rule) {
    public ExtractedStatement {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(text, "text");
        if (content.length() != text.length()) throw new IllegalArgumentException("text does not match its span");
        if (sentenceNumber < 1) throw new IllegalArgumentException("sentence numbers start at 1");
        topics = List.copyOf(topics);
        Objects.requireNonNull(rule, "rule");
        if (rule.isBlank()) throw new IllegalArgumentException("blank rule");
    }

    /**
     * How many statements of a list sorted by content start begin before {@code offset}: the index of
     * the first one starting at or after it (a binary search; articles have thousands).
     */
    /** Where a statement whose content starts at {@code start} goes in {@code byStart}: after every one starting at or before it. */
    public static int insertionIndex(List<ExtractedStatement> byStart, int start) {
        return countStartingBefore(byStart, start + 1);
    }

    public static int countStartingBefore(List<ExtractedStatement> byStart, int offset) {
        int lo = 0;
        int hi = byStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).content().start() < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
