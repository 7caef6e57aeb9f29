package org.positionstracker.query;

import java.util.List;
import java.util.Map;

/** The read-only records the service layer returns; entities never leave it. */
public final class Views {
    private Views() {
    }

    /** A span of article text with its offsets. */
    public record SpanView(String text, int start, int end) {
        static SpanView of(String text, Integer start, Integer end) {
            return text == null || start == null || end == null ? null : new SpanView(text, start, end);
        }
    }

    /** A statement with everything needed to check and cite it. */
    public record StatementView(long id, String article, String speaker, String speakerKind, String speakerAffiliation,
                                String mode, String text, int start, int end, SpanView speakerMention, SpanView cue,
                                int sentence, String saidOn, List<String> topics, Map<String, String> stances,
                                boolean reviewed, String title, String outlet, String url) {
    }

    /** A statement as evidence for a position or conflict. */
    public record EvidenceView(long statementId, String article, String speaker, String stance, String text) {
    }

    /** An actor's position on a topic, with the statements it rests on. */
    public record PositionView(String actor, String actorKind, String topic, String topicLabel, String stance,
                               int statements, int ownStatements, Map<String, Integer> stanceCounts,
                               List<EvidenceView> evidence) {
    }

    /** Two actors whose positions on one topic lean in opposite directions: one agrees with its claim, the other rejects it. */
    public record ConflictView(String topic, String actorA, String stanceA, String actorB, String stanceB,
                               List<EvidenceView> evidenceA, List<EvidenceView> evidenceB) {
    }

    public record ActorView(String name, String kind, String speaksFor, String role, String origin,
                            List<String> aliases, long statements) {
    }

    /** A topic; {@code claim} is the proposition its stances are about, null when the codebook gives none. */
    public record TopicView(String slug, String label, String description, long statements, String claim) {
    }
}
