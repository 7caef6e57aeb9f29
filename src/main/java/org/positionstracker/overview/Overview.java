package org.positionstracker.overview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the overview shows, read from the reporting views: the position matrix (rows are actors,
 * columns topics), the conflicts and the statements grouped by article. Article bodies are not
 * held here; {@link OverviewPage} reads them one at a time while it writes.
 */
public record Overview(String database, Instant generatedAt, OverviewFilter filter, Totals totals,
                List<Topic> topics, List<String> actors, List<Cell> cells, List<Conflict> conflicts,
                List<ArticleEntry> articles) {

    record Totals(long articles, long statements) {
    }

    /** A topic; {@code claim} is what its stances agree or disagree with, null when the codebook gives none. */
    record Topic(String slug, String label, String claim) {
    }

    /** One position: an actor's stance on a topic and the statements it rests on. */
    record Cell(long positionId, long actorId, String actor, String actorKind, String topic, String topicLabel, String stance,
                int statements, int own, int supports, int opposes, int conditional, int demands, int neutral,
                LocalDate firstSaidOn, LocalDate lastSaidOn, List<Long> evidence) {
    }

    /** Two positions on one topic leaning opposite ways. */
    record Conflict(String topic, String topicLabel, Side a, Side b) {
    }

    record Side(String actor, String stance, int statements, int leaning, List<Long> evidence) {
    }

    record ArticleEntry(long id, String file, String title, String outlet, String url, LocalDate publishedOn,
                        List<StatementEntry> statements) {
    }

    record StatementEntry(long id, int start, int end, String text, String speaker, String speaksFor, String mode,
                         String cue, LocalDate saidOn, boolean reviewed, List<TopicStance> topics) {
        /** The stance its marks are coloured by: the one stance of all its topics, mixed, or none. */
        String markStance() {
            List<String> distinct = topics.stream().map(TopicStance::stance).distinct().toList();
            if (distinct.isEmpty()) return "none";
            return distinct.size() == 1 ? distinct.get(0) : "mixed";
        }
    }

    record TopicStance(String topic, String label, String stance) {
    }

    public int statementCount() {
        return articles.stream().mapToInt(a -> a.statements().size()).sum();
    }
}
