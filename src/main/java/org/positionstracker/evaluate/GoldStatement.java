package org.positionstracker.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.topic.Stance;

/**
 * One statement (attribution) an annotator marked in an article.
 *
 * @param content      the content, one span or several (brat's discontinuous spans), in text order
 * @param snippetOnly  true when the content marks only a piece the statement must contain (the
 *                     project's gold JSON without {@code extent}), false when it marks the whole statement
 * @param sourceSpans  where the speaker is named in the text (brat Source), possibly empty
 * @param speakerNames acceptable speaker names (gold JSON speaker and alternatives, or the brat
 *                     Source text), empty when the annotation names no speaker
 * @param cue          the cue as written ("said", "according to"), or null when not annotated
 * @param quoted       the content is, or contains, a quotation
 * @param speechCue    the cue is a speech act (said, told, wrote...), not a thought or a belief
 * @param topics       the codebook topics of the statement, all of them; null when not annotated
 * @param stances      the stance on some of those topics, by slug
 * @param note         the annotator's note, or null
 */
public record GoldStatement(List<TextSpan> content, boolean snippetOnly, List<TextSpan> sourceSpans,
                            List<String> speakerNames, String cue, boolean quoted, boolean speechCue,
                            List<String> topics, Map<String, Stance> stances, String note) {
    public GoldStatement {
        content = List.copyOf(content);
        if (content.isEmpty()) throw new IllegalArgumentException("a gold statement needs a content span");
        sourceSpans = List.copyOf(sourceSpans);
        speakerNames = List.copyOf(speakerNames);
        topics = topics == null ? null : List.copyOf(topics);
        stances = Map.copyOf(Objects.requireNonNullElse(stances, Map.of()));
    }

    public int start() {
        return content.get(0).start();
    }

    public int end() {
        return content.get(content.size() - 1).end();
    }

    public int length() {
        return content.stream().mapToInt(TextSpan::length).sum();
    }

    public String text(String article) {
        StringBuilder b = new StringBuilder();
        for (TextSpan span : content) {
            if (!b.isEmpty()) b.append(" … ");
            b.append(span.coveredText(article));
        }
        return b.toString();
    }

    public boolean hasSpeaker() {
        return !sourceSpans.isEmpty() || !speakerNames.isEmpty();
    }

    public GoldKind kind() {
        return GoldKind.of(quoted, speechCue);
    }
}
