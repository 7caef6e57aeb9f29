package org.positionstracker.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.positionstracker.db.Sql;
import org.positionstracker.db.Transactions;

/** The imported articles: a list with counts, and one article's text with its statements. */
public final class ArticleQueries {
    /** An imported article with how many statements it has and how many actors made them. */
    public record ArticleView(long id, String file, String title, String outlet, String url, String publishedOn,
                              long statements, long speakers) {
    }

    /** A statement as placed in its article's text. */
    public record PlacedStatement(long id, int start, int end, String speaker, String mode, Map<String, String> stances,
                                  boolean reviewed, String text) {
    }

    /** An article's stored text and its statements, in text order. */
    public record ArticleText(ArticleView article, String body, List<PlacedStatement> statements) {
    }

    private final Transactions transactions;

    public ArticleQueries(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Every article, in the order they were imported. */
    public List<ArticleView> articles() {
        return read(c -> views(c, null));
    }

    /** One article by its id or its file name; {@link UnknownNameException} when there is none or the name is ambiguous. */
    public ArticleText article(String idOrFile) {
        return read(c -> {
            ArticleView view = views(c, idOf(c, idOrFile)).get(0);
            String body = Sql.list(c, "SELECT body FROM article WHERE id = ?", rs -> rs.getString(1), view.id()).get(0);
            Map<Long, Map<String, String>> stances = new HashMap<>();
            Sql.each(c, "SELECT st.statement_id, t.slug, st.stance FROM statement_topic st JOIN topic t ON t.id = st.topic_id"
                    + " JOIN statement s ON s.id = st.statement_id WHERE s.article_id = ?",
                    rs -> stances.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2), rs.getString(3)), view.id());
            List<PlacedStatement> statements = Sql.list(c, "SELECT s.id, s.content_start, s.content_end, sp.canonical_name, s.mode, s.reviewed, s.content_text"
                    + " FROM statement s JOIN actor sp ON sp.id = s.speaker_id WHERE s.article_id = ? ORDER BY s.content_start, s.content_end, s.id",
                    rs -> new PlacedStatement(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            stances.getOrDefault(rs.getLong(1), Map.of()), rs.getBoolean(6), rs.getString(7)), view.id());
            return new ArticleText(view, body, statements);
        });
    }

    /**
     * The ids of these articles (ids or file names), or {@link UnknownNameException} naming the
     * first that is not imported.
     */
    public List<Long> ids(List<String> idsOrFiles) {
        return read(c -> {
            List<Long> ids = new ArrayList<>();
            for (String name : idsOrFiles) {
                long id = idOf(c, name);
                if (!ids.contains(id)) ids.add(id);
            }
            return ids;
        });
    }

    private static List<ArticleView> views(Connection c, Long onlyId) throws SQLException {
        String where = onlyId == null ? "" : " WHERE a.id = ?";
        Object[] params = onlyId == null ? new Object[0] : new Object[] {onlyId};
        Map<Long, long[]> counts = new HashMap<>();
        Sql.each(c, "SELECT a.id, COUNT(*), COUNT(DISTINCT s.speaker_id) FROM statement s JOIN article a ON a.id = s.article_id"
                + where + " GROUP BY a.id", rs -> counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)}), params);
        return Sql.list(c, "SELECT a.id, a.file_name, a.title, a.outlet, a.url, a.published_on FROM article a" + where + " ORDER BY a.id", rs -> {
            long[] n = counts.getOrDefault(rs.getLong(1), new long[2]);
            java.time.LocalDate published = rs.getObject(6, java.time.LocalDate.class);
            return new ArticleView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    published == null ? null : published.toString(), n[0], n[1]);
        }, params);
    }

    private static long idOf(Connection c, String idOrFile) throws SQLException {
        String name = idOrFile.strip();
        if (name.matches("#?\\d{1,18}")) {
            long id = Long.parseLong(name.replace("#", ""));
            if (!Sql.longs(c, "SELECT id FROM article WHERE id = ?", id).isEmpty()) return id;
        }
        List<Long> byName = Sql.longs(c, "SELECT id FROM article WHERE file_name = ? ORDER BY id", name);
        if (byName.size() == 1) return byName.get(0);
        if (byName.size() > 1)
            throw new UnknownNameException("several articles are named " + name + " (ids " + byName.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + "); give the id");
        throw new UnknownNameException("no article with id or file name '" + name + "' (list them with the articles command)");
    }

    private <T> T read(Transactions.JdbcWork<T> work) {
        try {
            return transactions.readJdbc(work);
        } catch (SQLException e) {
            throw Sql.failed(e);
        }
    }
}
