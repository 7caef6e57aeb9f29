package org.positionstracker.query;

import java.time.LocalDate;
import org.positionstracker.statement.Mode;

/**
 * Which statements to list. Every criterion is optional (null) and they combine with AND.
 *
 * @param topic          a topic slug or label, case-insensitive; spaces and hyphens are interchangeable
 * @param actor          an actor's canonical name or any alias, case-insensitive
 * @param includeMembers with {@code actor}: also the statements of actors who speak for it
 * @param mode           direct, partial or indirect
 * @param article        an imported file's name
 * @param search         words that must all occur in the statement's text, as whole words, in any case
 * @param from           only statements said on or after this day (undated statements are left out)
 * @param to             only statements said on or before this day
 * @param limit          at most this many (0 = no limit)
 * @param offset         skip this many first
 */
public record StatementFilter(String topic, String actor, boolean includeMembers, Mode mode, String article,
                              SearchWords search, LocalDate from, LocalDate to, int limit, int offset) {
    public StatementFilter {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must not be negative");
        if (from != null && to != null && from.isAfter(to))
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }

    public StatementFilter(String topic, String actor, boolean includeMembers, Mode mode, String article, int limit, int offset) {
        this(topic, actor, includeMembers, mode, article, null, null, null, limit, offset);
    }

    public static StatementFilter all() {
        return new StatementFilter(null, null, false, null, null, 0, 0);
    }

    public StatementFilter withTopic(String t) {
        return new StatementFilter(t, actor, includeMembers, mode, article, search, from, to, limit, offset);
    }

    public StatementFilter withActor(String a, boolean members) {
        return new StatementFilter(topic, a, members, mode, article, search, from, to, limit, offset);
    }

    public StatementFilter withMode(Mode m) {
        return new StatementFilter(topic, actor, includeMembers, m, article, search, from, to, limit, offset);
    }

    public StatementFilter withArticle(String a) {
        return new StatementFilter(topic, actor, includeMembers, mode, a, search, from, to, limit, offset);
    }

    public StatementFilter withSearch(SearchWords words) {
        return new StatementFilter(topic, actor, includeMembers, mode, article, words, from, to, limit, offset);
    }

    public StatementFilter saidBetween(LocalDate first, LocalDate last) {
        return new StatementFilter(topic, actor, includeMembers, mode, article, search, first, last, limit, offset);
    }

    public StatementFilter page(int newLimit, int newOffset) {
        return new StatementFilter(topic, actor, includeMembers, mode, article, search, from, to, newLimit, newOffset);
    }

    /** True when nothing but a topic or an actor narrows the list (those pages are read straight off an index). */
    boolean onlyTopicOrActor() {
        return mode == null && article == null && search == null && from == null && to == null;
    }
}
