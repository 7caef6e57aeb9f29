package org.positionstracker.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.actor.ActorLookup;
import org.positionstracker.actor.ActorNames;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.position.PositionLedger;
import org.positionstracker.statement.ArticleCompleteness;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;
import org.positionstracker.topic.TopicLookup;

/**
 * The review service: analysts' corrections, stored ({@link CorrectionStore}) and applied on top
 * of the extractor's output ({@link CorrectionApplier}), with JDBC in the caller's transaction. A
 * correction is applied when it is made, again whenever its article is written (imported,
 * replaced or re-extracted: {@link #applyToArticle}), and actor corrections (merge, alias) at the
 * start of every import ({@link #applyActorCorrections}). Later corrections win. Positions of the
 * actors and topics a correction touches are recomputed. A statement is found again by
 * {@link StatementLocator}.
 */
public final class Corrections {
    /** Where an applied correction left the record. */
    public record Effect(long correctionId, int statements, int positionsRecomputed) {
    }

    /** A stored correction of a statement, and the statement as it names it. */
    public record StatementEffect(Effect effect, StatementKey key, Correction correction) {
    }

    /** A stored merge or alias, with the actors' canonical names. */
    public record ActorsEffect<C extends Correction.OfActors>(Effect effect, C correction) {
    }

    /** A statement an analyst adds: the article (file name or path), its exact words, who said it, and how. */
    public record NewStatement(String article, String text, int occurrence, String actor, String actorKind, String mode, List<String> topics) {
    }

    /** A withdrawn correction, and the articles to extract again so that the record is as if it had never been made. */
    public record Withdrawal(long correctionId, Kind kind, String target, List<Long> articlesToReextract) {
    }

    private final CorrectionStore store;
    private final CorrectionApplier applier;
    private final PositionLedger positions;
    private final IdBlocks ids;

    /** @param sentences how the extractor numbers sentences, for statements analysts add */
    public Corrections(IdBlocks ids, SentenceNumbering sentences) {
        this.ids = ids;
        this.store = new CorrectionStore(ids);
        this.applier = new CorrectionApplier(ids, sentences);
        this.positions = new PositionLedger(ids);
    }

    /**
     * The statement with this id now, as a correction names it; refuses one that does not exist,
     * saying so when a correction rejected it.
     */
    public StatementKey statement(Connection c, long statementId, boolean rejecting) throws SQLException {
        Optional<StatementKey> found = StatementLocator.keyOf(c, statementId);
        if (found.isPresent()) return found.get();
        Optional<Long> rejection = CorrectionStore.rejectionOf(c, statementId);
        if (rejection.isPresent())
            throw new IllegalArgumentException("statement #" + statementId + " was " + (rejecting ? "already " : "") + "rejected by correction #"
                    + rejection.get() + " (review withdraw " + rejection.get() + " undoes that)");
        throw new IllegalArgumentException("statement #" + statementId + " does not exist (see the statements command for ids)");
    }

    /** The actor a correction names, created with {@code kind} when it does not exist yet; returns the name as given. */
    public String actor(Connection c, String name, String kind) throws SQLException {
        if (ActorLookup.byNameOrAlias(c, name).isEmpty()) {
            if (kind == null) throw new IllegalArgumentException("--actor " + name + ": no such actor (see the actors command); add --kind KIND to create it");
            createActor(c, name, ActorKind.fromCode(kind));
        }
        return name.strip();
    }

    /** The slug of the topic named by its slug or label. */
    public String topicSlug(Connection c, String name) throws SQLException {
        return TopicLookup.byName(c, name).map(TopicLookup.TopicRef::slug)
                .orElseThrow(() -> new IllegalArgumentException("topic '" + name + "' does not exist (see the topics command)"));
    }

    /** TOPIC[=STANCE] items as a topics correction stores them, every topic by its slug. */
    public String topicList(Connection c, List<String> items) throws SQLException {
        Map<String, Stance> slugs = new LinkedHashMap<>();
        for (Map.Entry<String, Stance> e : TopicList.parse(String.join(",", items)).entrySet()) slugs.put(topicSlug(c, e.getKey()), e.getValue());
        return TopicList.format(slugs);
    }

    /** Stores a correction of the statement {@code key} names (whose id is {@code currentId} now; null when unknown) and applies it. */
    public Effect correct(Connection c, StatementKey key, Long currentId, Correction.OfStatement correction, Note note) throws SQLException {
        long id = store.insert(c, key, currentId, correction, note);
        CorrectionApplier.Touched touched = new CorrectionApplier.Touched();
        Long statementId = StatementLocator.find(c, key, null);
        Long articleId = statementId == null ? null : StatementLocator.articleOfStatement(c, statementId);
        int statements = statementId == null ? 0 : applier.apply(c, statementId, correction, touched);
        Effect effect = new Effect(id, statements, touched.recompute(c, positions));
        if (articleId != null) ArticleCompleteness.record(c, articleId);
        return effect;
    }

    /** Stores an added statement and applies it. */
    public StatementEffect add(Connection c, NewStatement wanted, Note note) throws SQLException {
        if (wanted.text().isBlank()) throw new IllegalArgumentException("--text: give the words as they stand in the article");
        if (wanted.occurrence() < 1) throw new IllegalArgumentException("--occurrence: 1 or more");
        long articleId = articleId(c, wanted.article());
        String body;
        String hash;
        String fileName;
        try (PreparedStatement q = c.prepareStatement("SELECT body, content_hash, file_name FROM article WHERE id = ?")) {
            q.setLong(1, articleId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                body = rs.getString(1);
                hash = rs.getString(2);
                fileName = rs.getString(3);
            }
        }
        String text = wanted.text();
        int start = -1;
        for (int n = 0; n < wanted.occurrence(); n++) {
            start = body.indexOf(text, start + 1);
            if (start < 0) throw new IllegalArgumentException("--text: " + (n == 0 ? "not found" : "found only " + n + " time" + (n == 1 ? "" : "s"))
                    + " in " + fileName + " (the words must match the article exactly, punctuation and quotation marks included)");
        }
        int end = start + text.length();
        Mode mode = wanted.mode() == null ? (quoted(body, start, end) ? Mode.DIRECT : Mode.INDIRECT)
                : Mode.fromCode(wanted.mode().strip().toLowerCase(Locale.ROOT));
        String actor = actor(c, wanted.actor(), wanted.actorKind());
        Correction.Add add = new Correction.Add(actor, mode, topicList(c, wanted.topics()));
        StatementKey key = new StatementKey(hash, fileName, start, end, text);
        long id = store.insert(c, key, null, add, note);
        CorrectionApplier.Touched touched = new CorrectionApplier.Touched();
        Long inArticle = StatementLocator.articleWithHash(c, key.articleHash());
        int statements = applier.add(c, key, inArticle, add, touched);
        Effect effect = new Effect(id, statements, touched.recompute(c, positions));
        if (inArticle != null) ArticleCompleteness.record(c, inArticle);
        return new StatementEffect(effect, key, add);
    }

    /** Stores that actor {@code from} is actor {@code into} (each by name or alias) and applies it. */
    public ActorsEffect<Correction.Merge> merge(Connection c, String from, String into, Note note) throws SQLException {
        long fromId = existingActor(c, from);
        long intoId = existingActor(c, into);
        if (fromId == intoId) throw new IllegalArgumentException(from + " and " + into + " are already the same actor");
        return correctActors(c, new Correction.Merge(canonicalName(c, fromId), canonicalName(c, intoId)), note);
    }

    /** Stores that {@code alias} is another name of {@code actor} and applies it. */
    public ActorsEffect<Correction.Alias> alias(Connection c, String actor, String alias, Note note) throws SQLException {
        long actorId = existingActor(c, actor);
        if (alias.isBlank() || alias.length() > 300) throw new IllegalArgumentException("ALIAS: a name of 1 to 300 characters");
        return correctActors(c, new Correction.Alias(canonicalName(c, actorId), alias.strip()), note);
    }

    private <C extends Correction.OfActors> ActorsEffect<C> correctActors(Connection c, C correction, Note note) throws SQLException {
        long id = store.insert(c, null, null, correction, note);
        CorrectionApplier.Touched touched = new CorrectionApplier.Touched();
        int statements = applier.apply(c, correction, touched);
        return new ActorsEffect<>(new Effect(id, statements, touched.recompute(c, positions)), correction);
    }

    /** Re-applies every merge and alias correction, oldest first; returns the statements that moved. */
    public int applyActorCorrections(Connection c) throws SQLException {
        CorrectionApplier.Touched touched = new CorrectionApplier.Touched();
        int moved = 0;
        for (Correction.OfActors correction : CorrectionStore.ofActors(c)) moved += applier.apply(c, correction, touched);
        touched.recompute(c, positions);
        return moved;
    }

    /** Re-applies the statement corrections of an article just written; returns how many applied. */
    public int applyToArticle(Connection c, long articleId, String contentHash, String fileName) throws SQLException {
        List<CorrectionStore.Stored> stored = CorrectionStore.ofArticle(c, contentHash, fileName);
        if (stored.isEmpty()) return 0;
        CorrectionApplier.Touched touched = new CorrectionApplier.Touched();
        int applied = 0;
        for (CorrectionStore.Stored s : stored) {
            if (s.correction() instanceof Correction.Add add) {
                applied += applier.add(c, s.key(), articleId, add, touched);
                continue;
            }
            Long statementId = StatementLocator.find(c, s.key(), articleId);
            if (statementId != null && applier.apply(c, statementId, (Correction.OfStatement) s.correction(), touched) > 0) applied++;
        }
        touched.recompute(c, positions);
        return applied;
    }

    /**
     * Marks a correction withdrawn (the row stays, with who withdrew it, when and why) and undoes
     * what it did where it can be undone here: a merge or alias no longer joins the names (the
     * alias it made goes, unless another correction still makes it). The statements it changed
     * come back only by extracting their articles again, which the caller does with the articles
     * returned; re-extraction re-applies the corrections that remain, oldest first.
     */
    public Withdrawal withdraw(Connection c, long correctionId, Note note) throws SQLException {
        CorrectionStore.Stored stored = CorrectionStore.withdraw(c, correctionId, note);
        if (!(stored.correction() instanceof Correction.OfActors joined))
            return new Withdrawal(correctionId, stored.correction().kind(), stored.key().fileName(), StatementLocator.articlesOf(c, stored.key()));
        Optional<Long> kept = ActorLookup.byNameOrAlias(c, joined.kept());
        List<Long> articles = new ArrayList<>();
        if (kept.isPresent()) {
            try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT article_id FROM statement WHERE speaker_id = ? ORDER BY article_id")) {
                q.setLong(1, kept.get());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) articles.add(rs.getLong(1));
                }
            }
        }
        String joinedKey = ActorNames.key(joined.joined());
        boolean stillJoined = CorrectionStore.ofActors(c).stream().anyMatch(other -> ActorNames.key(other.joined()).equals(joinedKey));
        if (!stillJoined) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM actor_alias WHERE alias_key = ? AND origin = 'review'")) {
                d.setString(1, joinedKey);
                d.executeUpdate();
            }
        }
        return new Withdrawal(correctionId, joined.kind(), joined.joined(), articles);
    }

    private long existingActor(Connection c, String name) throws SQLException {
        return ActorLookup.byNameOrAlias(c, name).orElseThrow(() -> new IllegalArgumentException(name + ": no such actor (see the actors command)"));
    }

    private static String canonicalName(Connection c, long actorId) throws SQLException {
        return ActorLookup.canonicalName(c, actorId).orElseThrow(() -> new IllegalStateException("actor " + actorId + " disappeared"));
    }

    /** A new actor an analyst names, of origin review. */
    private void createActor(Connection c, String name, ActorKind kind) throws SQLException {
        if (name.isBlank() || name.length() > 300) throw new IllegalArgumentException("--actor: a name of 1 to 300 characters");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO actor (id, canonical_name, name_key, kind, origin, created_at) "
                + "VALUES (?, ?, ?, ?, 'review', ?)")) {
            ps.setLong(1, ids.next(c, "actor_seq"));
            ps.setString(2, name.strip());
            ps.setString(3, ActorNames.key(name));
            ps.setString(4, kind.code());
            ps.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }

    /** The one article a name means: its file name as listed, or the path it was imported from. */
    private static long articleId(Connection c, String article) throws SQLException {
        List<Long> found = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, source_path FROM article WHERE file_name = ? UNION SELECT id, source_path FROM article WHERE source_path = ?")) {
            q.setString(1, article);
            q.setString(2, java.nio.file.Path.of(article).toAbsolutePath().normalize().toString());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getLong(1));
                    paths.add(rs.getString(2));
                }
            }
        }
        if (found.isEmpty()) throw new IllegalArgumentException("article " + article + ": not imported (give the file name the statements command shows, or its path)");
        if (found.size() > 1) throw new IllegalArgumentException("article " + article + ": several articles have that file name; give the path: " + String.join(", ", paths));
        return found.get(0);
    }

    private static boolean quoted(String body, int start, int end) {
        return start > 0 && end < body.length() && "\"“‘'«„".indexOf(body.charAt(start - 1)) >= 0 && "\"”’'»“".indexOf(body.charAt(end)) >= 0;
    }
}
