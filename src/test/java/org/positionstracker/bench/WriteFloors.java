package org.positionstracker.bench;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.positionstracker.actor.Actor;
import org.positionstracker.article.Article;
import org.positionstracker.db.Database;
import org.positionstracker.db.DatabaseLocation;
import org.positionstracker.db.IdBlocks;
import org.positionstracker.db.MappedEntities;
import org.positionstracker.statement.ReportedStatement;
import org.positionstracker.statement.StatementTopic;
import org.positionstracker.topic.Topic;

/**
 * The two candidate write paths of issue #11 item 5 on the JDBC floor's rows (article, statement,
 * statement_topic, read back from the imported database by {@link JdbcFloor#readChunk}), each into
 * a fresh database, each row with a new id from the schema's sequences (the JDBC floor keeps the
 * source ids, so it pays for no id at all):
 * <ul>
 *   <li>Hibernate {@link StatelessSession} with the mapped entities and their own pooled sequence
 *       generators, JDBC batches of {@value #BATCH} ({@code setJdbcBatchSize}: in Hibernate 7
 *       {@code hibernate.jdbc.batch_size} only reaches stateful sessions; it and
 *       {@code hibernate.order_inserts} are set anyway), rows sent table by table (parents first),
 *       which is what ordered inserts would do; commit per article and per 1000 articles;</li>
 *   <li>plain JDBC batches as the importer writes, ids from {@link IdBlocks} (one sequence call per
 *       50 ids); commit per article;</li>
 *   <li>the same with one {@code NEXT VALUE FOR} round trip per id: what {@code IdBlocks} saves.</li>
 * </ul>
 * Only inserts, id allocation and commits are timed; reading the source rows and building the
 * entities' field values is not.
 */
final class WriteFloors {
    static final int BATCH = 50;

    /** Median seconds of each variant; {@code rounds[variant][round]} every round's. */
    record Result(int articles, double statelessPerArticleSeconds, double statelessPerThousandSeconds,
                  double jdbcIdBlocksSeconds, double jdbcIdPerRowSeconds, double[][] rounds) {
    }

    private WriteFloors() {
    }

    static final String[] VARIANTS = {"stateless per article", "stateless per 1000", "JDBC + IdBlocks", "JDBC + id per row"};

    /**
     * {@code rounds} rounds, each into four fresh databases, the variants' order rotated from
     * round to round (what runs first pays for JIT warm-up and a cold file cache); the result
     * holds each variant's median round.
     */
    static Result run(DataSource source, Path workDir, int rounds) throws Exception {
        double[][] seconds = new double[VARIANTS.length][rounds];
        int articles = 0;
        for (int round = 0; round < rounds; round++) {
            Path dir = workDir.resolve("round-" + round);
            double[] s = new double[VARIANTS.length];
            articles = runRound(source, dir, round, s);
            for (int v = 0; v < VARIANTS.length; v++) seconds[v][round] = s[v];
            deleteTree(dir);
        }
        return new Result(articles, median(seconds[0]), median(seconds[1]), median(seconds[2]), median(seconds[3]), seconds);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        if (!java.nio.file.Files.exists(dir)) return;
        try (var paths = java.nio.file.Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.delete(p);
        }
    }

    private static int runRound(DataSource source, Path workDir, int rotation, double[] seconds) throws Exception {
        try (Database sa = open(workDir, "stateless-per-article");
             Database sb = open(workDir, "stateless-per-1000");
             Database ja = open(workDir, "jdbc-idblocks");
             Database jb = open(workDir, "jdbc-id-per-row");
             Connection src = source.getConnection()) {
            src.setReadOnly(true);
            JdbcFloor.Columns cols = JdbcFloor.Columns.of(src);
            Tables tables = new Tables(JdbcFloor.columns(src, "article"), JdbcFloor.columns(src, "statement"),
                    JdbcFloor.columns(src, "statement_topic"));
            for (Database d : List.of(sa, sb, ja, jb)) {
                try (Connection c = d.dataSource().getConnection()) {
                    JdbcFloor.copyReferenceData(src, c);
                }
            }
            int articles = 0;
            try (SessionFactory fa = sessionFactory(sa); SessionFactory fb = sessionFactory(sb);
                 StatelessSession a = fa.openStatelessSession(); StatelessSession b = fb.openStatelessSession();
                 Connection c = ja.dataSource().getConnection(); Connection d = jb.dataSource().getConnection()) {
                a.setJdbcBatchSize(BATCH);
                b.setJdbcBatchSize(BATCH);
                Entities ea = new Entities(tables);
                Entities eb = new Entities(tables);
                IdBlocks blocks = ja.idBlocks();
                IdSource perRow = new PerRowIds(jb);
                long[] time = new long[VARIANTS.length];
                long lastId = Long.MIN_VALUE;
                while (true) {
                    JdbcFloor.Chunk chunk = JdbcFloor.readChunk(src, cols, lastId);
                    src.rollback();
                    if (chunk.articles().isEmpty()) break;
                    lastId = (Long) chunk.articles().get(chunk.articles().size() - 1)[0];
                    for (int k = 0; k < VARIANTS.length; k++) {
                        int v = (k + rotation) % VARIANTS.length;
                        time[v] += switch (v) {
                            case 0 -> statelessPerArticle(a, ea, chunk);
                            case 1 -> statelessOnce(b, eb, chunk);
                            case 2 -> jdbcPerArticle(c, tables, chunk, blocks::next);
                            default -> jdbcPerArticle(d, tables, chunk, perRow);
                        };
                    }
                    articles += chunk.articles().size();
                }
                for (int v = 0; v < VARIANTS.length; v++) seconds[v] = time[v] / 1e9;
            }
            long[] expected = {JdbcFloor.count(source, "article"), JdbcFloor.count(source, "statement"), JdbcFloor.count(source, "statement_topic")};
            for (Database d : List.of(sa, sb, ja, jb)) {
                long[] got = {JdbcFloor.count(d.dataSource(), "article"), JdbcFloor.count(d.dataSource(), "statement"),
                        JdbcFloor.count(d.dataSource(), "statement_topic")};
                if (!java.util.Arrays.equals(expected, got))
                    throw new IllegalStateException(d.location().displayUrl() + ": wrote " + java.util.Arrays.toString(got) + " rows, expected "
                            + java.util.Arrays.toString(expected));
            }
            return articles;
        }
    }

    private static Database open(Path workDir, String name) {
        return Database.open(DatabaseLocation.parse(workDir.resolve(name).resolve("tracker").toString()));
    }

    /** Hibernate over the fresh database's pool, set up as the tracker's own plus batching. */
    private static SessionFactory sessionFactory(Database db) {
        HibernatePersistenceConfiguration config = new HibernatePersistenceConfiguration("write-floor");
        MappedEntities.all().forEach(config::managedClass);
        config.property(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, db.dataSource());
        config.property(AvailableSettings.HBM2DDL_AUTO, "none");
        config.property(AvailableSettings.STATEMENT_BATCH_SIZE, BATCH);
        config.property(AvailableSettings.ORDER_INSERTS, true);
        config.property(AvailableSettings.QUERY_STARTUP_CHECKING, false);
        return config.createEntityManagerFactory().unwrap(SessionFactory.class);
    }

    // ------------------------------------------------------------------------------------------
    // StatelessSession

    private static long statelessPerArticle(StatelessSession s, Entities e, JdbcFloor.Chunk chunk) throws Exception {
        List<Object[]> built = e.build(chunk);
        long t0 = System.nanoTime();
        for (Object[] perArticle : built) {
            s.getTransaction().begin();
            insertAll(s, perArticle);
            s.getTransaction().commit();
        }
        return System.nanoTime() - t0;
    }

    private static long statelessOnce(StatelessSession s, Entities e, JdbcFloor.Chunk chunk) throws Exception {
        List<Object[]> built = e.build(chunk);
        long t0 = System.nanoTime();
        s.getTransaction().begin();
        List<Object> articles = new ArrayList<>();
        List<Object> statements = new ArrayList<>();
        List<Object> topics = new ArrayList<>();
        for (Object[] perArticle : built) {
            articles.add(perArticle[0]);
            statements.addAll((List<?>) perArticle[1]);
            topics.addAll((List<?>) perArticle[2]);
        }
        // Parents before children, one table at a time, so every batch is full.
        insertAll(s, new Object[] {null, articles, null});
        insertAll(s, new Object[] {null, statements, null});
        insertAll(s, new Object[] {null, topics, null});
        s.getTransaction().commit();
        return System.nanoTime() - t0;
    }

    /** {article, [statements], [statement topics]}; nulls skipped. */
    private static void insertAll(StatelessSession s, Object[] perArticle) {
        if (perArticle[0] != null) s.insert(perArticle[0]);
        if (perArticle[1] != null) for (Object o : (List<?>) perArticle[1]) s.insert(o);
        if (perArticle[2] != null) for (Object o : (List<?>) perArticle[2]) s.insert(o);
    }

    private record Tables(List<String> article, List<String> statement, List<String> statementTopic) {
    }

    /**
     * Entities from the floor's rows, their fields set by reflection (the entities have no setters:
     * the importer never builds them) and their ids left to the entities' generators. Foreign keys
     * point at the entities just built (article, statement) or at id-only instances (actor, topic,
     * copied beforehand).
     */
    private static final class Entities {
        private final Mapper<Article> article;
        private final Mapper<ReportedStatement> statement;
        private final Mapper<StatementTopic> topic;
        private final Map<Class<?>, Map<Object, Object>> references = new HashMap<>();

        Entities(Tables t) throws Exception {
            article = new Mapper<>(Article.class, t.article());
            statement = new Mapper<>(ReportedStatement.class, t.statement());
            topic = new Mapper<>(StatementTopic.class, t.statementTopic());
        }

        List<Object[]> build(JdbcFloor.Chunk chunk) throws Exception {
            List<Object[]> out = new ArrayList<>();
            int articleId = article.columns.indexOf("id");
            int statementId = statement.columns.indexOf("id");
            for (Object[] row : chunk.articles()) {
                Long id = (Long) row[articleId];
                Article a = article.make(row, this::reference);
                references.computeIfAbsent(Article.class, k -> new HashMap<>()).put(id, a);
                List<Object> statements = new ArrayList<>();
                for (Object[] r : chunk.statements().getOrDefault(id, List.of())) {
                    ReportedStatement st = statement.make(r, this::reference);
                    references.computeIfAbsent(ReportedStatement.class, k -> new HashMap<>()).put(r[statementId], st);
                    statements.add(st);
                }
                List<Object> topics = new ArrayList<>();
                for (Object[] r : chunk.topics().getOrDefault(id, List.of())) topics.add(topic.make(r, this::reference));
                out.add(new Object[] {a, statements, topics});
            }
            references.remove(Article.class);
            references.remove(ReportedStatement.class);
            return out;
        }

        private Object reference(Class<?> type, Object id) {
            Map<Object, Object> known = references.computeIfAbsent(type, k -> new HashMap<>());
            Object found = known.get(id);
            if (found != null) return found;
            if (type != Actor.class && type != Topic.class) throw new IllegalStateException(type.getSimpleName() + " " + id + " not built yet");
            try {
                Constructor<?> ctor = type.getDeclaredConstructor();
                ctor.setAccessible(true);
                Object instance = ctor.newInstance();
                Field f = type.getDeclaredField("id");
                f.setAccessible(true);
                f.set(instance, id);
                known.put(id, instance);
                return instance;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @FunctionalInterface
    private interface References {
        Object of(Class<?> type, Object id);
    }

    private static final class Mapper<T> {
        final List<String> columns;
        private final Constructor<T> ctor;
        private final Field[] fields;
        private final AttributeConverter<Object, Object>[] converters;

        @SuppressWarnings("unchecked")
        Mapper(Class<T> type, List<String> columns) throws Exception {
            this.columns = columns;
            ctor = type.getDeclaredConstructor();
            ctor.setAccessible(true);
            fields = new Field[columns.size()];
            converters = new AttributeConverter[columns.size()];
            for (Field f : type.getDeclaredFields()) {
                if (f.isAnnotationPresent(Id.class)) continue;
                Column col = f.getAnnotation(Column.class);
                JoinColumn join = f.getAnnotation(JoinColumn.class);
                if (col != null && !col.insertable()) continue;
                String name = col != null ? col.name() : join != null ? join.name() : null;
                int i = name == null ? -1 : columns.indexOf(name);
                if (i < 0) continue;
                f.setAccessible(true);
                fields[i] = f;
                Convert convert = f.getAnnotation(Convert.class);
                if (convert != null) converters[i] = (AttributeConverter<Object, Object>) convert.converter().getDeclaredConstructor().newInstance();
            }
        }

        T make(Object[] row, References refs) throws Exception {
            T entity = ctor.newInstance();
            for (int i = 0; i < fields.length; i++) {
                Field f = fields[i];
                if (f == null || row[i] == null) continue;
                Object v = row[i];
                if (f.isAnnotationPresent(JoinColumn.class)) v = refs.of(f.getType(), v);
                else if (converters[i] != null) v = converters[i].convertToEntityAttribute(v);
                else if (v instanceof java.sql.Date d && f.getType() == LocalDate.class) v = d.toLocalDate();
                else if (v instanceof java.sql.Timestamp ts && f.getType() == OffsetDateTime.class) v = ts.toInstant().atOffset(ZoneOffset.UTC);
                f.set(entity, v);
            }
            return entity;
        }
    }

    // ------------------------------------------------------------------------------------------
    // JDBC with ids of its own

    @FunctionalInterface
    private interface IdSource {
        long next(Connection c, String sequence) throws SQLException;
    }

    /** One round trip per id, prepared once per sequence. */
    private static final class PerRowIds implements IdSource {
        private final Map<String, PreparedStatement> prepared = new HashMap<>();
        private final org.hibernate.dialect.Dialect dialect;

        PerRowIds(Database db) {
            dialect = db.emf().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        }

        @Override
        public long next(Connection c, String sequence) throws SQLException {
            PreparedStatement p = prepared.get(sequence);
            if (p == null) {
                p = c.prepareStatement(dialect.getSequenceSupport().getSequenceNextValString(sequence));
                prepared.put(sequence, p);
            }
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** As the JDBC floor's commit per article, with new ids and the foreign keys between the three tables remapped to them. */
    private static long jdbcPerArticle(Connection c, Tables t, JdbcFloor.Chunk chunk, IdSource ids) throws SQLException {
        int aId = t.article().indexOf("id");
        int sId = t.statement().indexOf("id");
        int sArticle = t.statement().indexOf("article_id");
        int tId = t.statementTopic().indexOf("id");
        int tStatement = t.statementTopic().indexOf("statement_id");
        long t0 = System.nanoTime();
        try (PreparedStatement pa = c.prepareStatement(JdbcFloor.insert("article", String.join(", ", t.article())));
             PreparedStatement ps = c.prepareStatement(JdbcFloor.insert("statement", String.join(", ", t.statement())));
             PreparedStatement pt = c.prepareStatement(JdbcFloor.insert("statement_topic", String.join(", ", t.statementTopic())))) {
            Map<Object, Long> statementIds = new HashMap<>();
            for (Object[] article : chunk.articles()) {
                Long oldId = (Long) article[aId];
                Object[] a = article.clone();
                a[aId] = ids.next(c, "article_seq");
                JdbcFloor.add(pa, a);
                pa.executeBatch();
                List<Object[]> st = chunk.statements().getOrDefault(oldId, List.of());
                for (Object[] r : st) {
                    Object[] s = r.clone();
                    s[sId] = ids.next(c, "statement_seq");
                    s[sArticle] = a[aId];
                    statementIds.put(r[sId], (Long) s[sId]);
                    JdbcFloor.add(ps, s);
                }
                if (!st.isEmpty()) ps.executeBatch();
                List<Object[]> tp = chunk.topics().getOrDefault(oldId, List.of());
                for (Object[] r : tp) {
                    Object[] x = r.clone();
                    x[tId] = ids.next(c, "statement_topic_seq");
                    x[tStatement] = statementIds.get(r[tStatement]);
                    JdbcFloor.add(pt, x);
                }
                if (!tp.isEmpty()) pt.executeBatch();
                c.commit();
            }
        }
        return System.nanoTime() - t0;
    }
}
