package org.positionstracker.extract.label;

import java.util.List;
import java.util.Objects;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.TextSpan;

/**
 * What a labeler sees of one statement.
 *
 * @param text      the whole article text (spans index it)
 * @param content   the statement's content span
 * @param sentence  the sentence (or quotation) the content stands in; contains {@code content}
 * @param preceding the sentences before it in the same article, nearest last, for back-references
 *                  ("it", "the plan"); may be empty
 * @param speaker   who made the statement, or null when it is unattributed
 */
public record LabelInput(String text, TextSpan content, TextSpan sentence, List<TextSpan> preceding, SpeakerRef speaker) {
    public LabelInput {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sentence, "sentence");
        preceding = List.copyOf(preceding);
        if (content.end() > text.length() || sentence.end() > text.length())
            throw new IllegalArgumentException("span outside the text");
    }
}
