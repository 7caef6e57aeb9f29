package org.positionstracker.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;

/**
 * The floor the database sets: the rows an import wrote (article, statement, statement_topic),
 * read back from the imported database and inserted with plain JDBC batches into fresh databases
 * with the same Flyway schema, opened exactly as the tracker opens them (same URL settings,
 * WRITE_DELAY=0, same connection pool). Only the inserts and commits are timed; reading the
 * source rows is not. Two variants:
 * <ul>
 *   <li>one commit per article (what the importer's durability promise needs), each table's rows
 *       of the article sent as one batch;</li>
 *   <li>one commit per 1000 articles, batches of up to 1000 rows.</li>
 * </ul>
 * The codebook and discovered actors and the topics are copied first, untimed, because statements
 * point at them. Positions and position evidence are not part of the floor.
 */
final class JdbcFloor {
    static final int CHUNK_ARTICLES = 1000;
    static final int BATCH_ROWS = 1000;

    record Result(int articles, long statements, long statementTopics, double perArticleCommitSeconds,
                  double perThousandCommitSeconds) {
    }

    /** The columns of the three tables, as the schema has them now (so a new migration needs no change here). */
    record Columns(String article, String statement, String statementTopic, int statementArticleIndex) {
        static Columns of(Connection c) throws SQLException {
            List<String> st = columns(c, "statement");
            return new Columns(String.join(", ", columns(c, "article")), String.join(", ", st),
                    String.join(", ", columns(c, "statement_topic")), st.indexOf("article_id"));
        }
    }

    private JdbcFloor() {
    }

    static Result run(DataSource source, Path workDir) throws SQLException {
        try (Database perArticle = Database.open(DatabaseLocation.parse(workDir.resolve("floor-per-article/tracker").toString()));
             Database perThousand = Database.open(DatabaseLocation.parse(workDir.resolve("floor-per-1000/tracker").toString()));
             Connection src = source.getConnection();
             Connection a = perArticle.dataSource().getConnection();
             Connection b = perThousand.dataSource().getConnection()) {
            src.setReadOnly(true);
            Columns cols = Columns.of(src);
            copyReferenceData(src, a);
            copyReferenceData(src, b);
            long timeA = 0;
            long timeB = 0;
            int articles = 0;
            long statements = 0;
            long topics = 0;
            long lastId = Long.MIN_VALUE;
            while (true) {
                Chunk chunk = readChunk(src, cols, lastId);
                src.rollback();
                if (chunk.articles.isEmpty()) break;
                lastId = (Long) chunk.articles.get(chunk.articles.size() - 1)[0];
                long t0 = System.nanoTime();
                insertCommittingEachArticle(a, cols, chunk);
                long t1 = System.nanoTime();
                insertCommittingOnce(b, cols, chunk);
                long t2 = System.nanoTime();
                timeA += t1 - t0;
                timeB += t2 - t1;
                articles += chunk.articles.size();
                statements += chunk.statementCount;
                topics += chunk.topicCount;
            }
            return new Result(articles, statements, topics, timeA / 1e9, timeB / 1e9);
        }
    }

    record Chunk(List<Object[]> articles, Map<Long, List<Object[]>> statements, Map<Long, List<Object[]>> topics,
                         long statementCount, long topicCount) {
    }

    static Chunk readChunk(Connection src, Columns cols, long afterId) throws SQLException {
        List<Object[]> articles = rows(src, "SELECT " + cols.article() + " FROM article WHERE id > ? ORDER BY id FETCH FIRST "
                + CHUNK_ARTICLES + " ROWS ONLY", afterId);
        if (articles.isEmpty()) return new Chunk(articles, Map.of(), Map.of(), 0, 0);
        long lo = (Long) articles.get(0)[0];
        long hi = (Long) articles.get(articles.size() - 1)[0];
        Map<Long, List<Object[]>> statements = new HashMap<>();
        long sc = 0;
        for (Object[] r : rows(src, "SELECT " + cols.statement() + " FROM statement WHERE article_id BETWEEN ? AND ? ORDER BY id", lo, hi)) {
            statements.computeIfAbsent((Long) r[cols.statementArticleIndex()], k -> new ArrayList<>()).add(r);
            sc++;
        }
        Map<Long, List<Object[]>> topics = new HashMap<>();
        long tc = 0;
        for (Object[] r : rows(src, "SELECT s.article_id, " + prefixed("st", cols.statementTopic())
                + " FROM statement_topic st JOIN statement s ON s.id = st.statement_id WHERE s.article_id BETWEEN ? AND ? ORDER BY st.id", lo, hi)) {
            Object[] row = new Object[r.length - 1];
            System.arraycopy(r, 1, row, 0, row.length);
            topics.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(row);
            tc++;
        }
        return new Chunk(articles, statements, topics, sc, tc);
    }

    private static void insertCommittingEachArticle(Connection c, Columns cols, Chunk chunk) throws SQLException {
        try (PreparedStatement pa = c.prepareStatement(insert("article", cols.article()));
             PreparedStatement ps = c.prepareStatement(insert("statement", cols.statement()));
             PreparedStatement pt = c.prepareStatement(insert("statement_topic", cols.statementTopic()))) {
            for (Object[] article : chunk.articles) {
                Long id = (Long) article[0];
                add(pa, article);
                pa.executeBatch();
                List<Object[]> st = chunk.statements.getOrDefault(id, List.of());
                for (Object[] r : st) add(ps, r);
                if (!st.isEmpty()) ps.executeBatch();
                List<Object[]> tp = chunk.topics.getOrDefault(id, List.of());
                for (Object[] r : tp) add(pt, r);
                if (!tp.isEmpty()) pt.executeBatch();
                c.commit();
            }
        }
    }

    private static void insertCommittingOnce(Connection c, Columns cols, Chunk chunk) throws SQLException {
        try (PreparedStatement pa = c.prepareStatement(insert("article", cols.article()));
             PreparedStatement ps = c.prepareStatement(insert("statement", cols.statement()));
             PreparedStatement pt = c.prepareStatement(insert("statement_topic", cols.statementTopic()))) {
            int[] pending = new int[3];
            for (Object[] article : chunk.articles) {
                Long id = (Long) article[0];
                add(pa, article);
                pending[0]++;
                for (Object[] r : chunk.statements.getOrDefault(id, List.of())) {
                    add(ps, r);
                    pending[1]++;
                }
                for (Object[] r : chunk.topics.getOrDefault(id, List.of())) {
                    add(pt, r);
                    pending[2]++;
                }
                if (pending[0] >= BATCH_ROWS || pending[1] >= BATCH_ROWS || pending[2] >= BATCH_ROWS) flush(pa, ps, pt, pending);
            }
            flush(pa, ps, pt, pending);
            c.commit();
        }
    }

    /** Parents before children, so the foreign keys are satisfied. */
    private static void flush(PreparedStatement pa, PreparedStatement ps, PreparedStatement pt, int[] pending) throws SQLException {
        if (pending[0] > 0) pa.executeBatch();
        if (pending[1] > 0) ps.executeBatch();
        if (pending[2] > 0) pt.executeBatch();
        pending[0] = pending[1] = pending[2] = 0;
    }

    /** Topics, then actors without their speaks_for link, then the links (an actor may point at a later one). */
    static void copyReferenceData(Connection src, Connection dst) throws SQLException {
        String topicColumns = String.join(", ", columns(src, "topic"));
        try (PreparedStatement p = dst.prepareStatement(insert("topic", topicColumns))) {
            for (Object[] r : rows(src, "SELECT " + topicColumns + " FROM topic ORDER BY id")) add(p, r);
            p.executeBatch();
        }
        List<String> actorColumns = columns(src, "actor");
        int link = actorColumns.indexOf("speaks_for_id");
        int id = actorColumns.indexOf("id");
        List<Object[]> actors = rows(src, "SELECT " + String.join(", ", actorColumns) + " FROM actor ORDER BY id");
        try (PreparedStatement p = dst.prepareStatement(insert("actor", String.join(", ", actorColumns)))) {
            for (Object[] r : actors) {
                Object[] unlinked = r.clone();
                unlinked[link] = null;
                add(p, unlinked);
            }
            p.executeBatch();
        }
        try (PreparedStatement p = dst.prepareStatement("UPDATE actor SET speaks_for_id = ? WHERE id = ?")) {
            for (Object[] r : actors) {
                if (r[link] == null) continue;
                p.setObject(1, r[link]);
                p.setObject(2, r[id]);
                p.addBatch();
            }
            p.executeBatch();
        }
        dst.commit();
        src.rollback();
    }

    static List<String> columns(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) names.add(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            return names;
        }
    }

    static String insert(String table, String columns) {
        int n = columns.split(",").length;
        return "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(n - 1) + "?)";
    }

    private static String prefixed(String alias, String columns) {
        StringBuilder b = new StringBuilder();
        for (String c : columns.split(",")) {
            if (b.length() > 0) b.append(", ");
            b.append(alias).append('.').append(c.trim());
        }
        return b.toString();
    }

    static void add(PreparedStatement p, Object[] row) throws SQLException {
        set(p, row);
        p.addBatch();
    }

    private static void set(PreparedStatement p, Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) p.setNull(i + 1, Types.NULL);
            else p.setObject(i + 1, row[i]);
        }
    }

    private static List<Object[]> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) p.setObject(i + 1, params[i]);
            try (ResultSet rs = p.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                List<Object[]> out = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        Object v = rs.getObject(i + 1);
                        if (v instanceof java.sql.Clob clob) v = clob.getSubString(1, (int) clob.length());
                        row[i] = v;
                    }
                    out.add(row);
                }
                return out;
            }
        }
    }

    static long count(DataSource ds, String table) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            long n = rs.getLong(1);
            c.rollback();
            return n;
        }
    }
}
