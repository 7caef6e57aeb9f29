package org.positionstracker.query;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.positionstracker.db.Transactions;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;

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
        return transactions.read(em -> views(em, null));
    }

    /** One article by its id or its file name; {@link UnknownNameException} when there is none or the name is ambiguous. */
    public ArticleText article(String idOrFile) {
        return transactions.read(em -> {
            ArticleView view = views(em, idOf(em, idOrFile)).get(0);
            String body = em.createQuery("select a.body from Article a where a.id = :id", String.class)
                    .setParameter("id", view.id()).getSingleResult();
            Map<Long, Map<String, String>> stances = new HashMap<>();
            for (Object[] r : em.createQuery("select st.statement.id, t.slug, st.stance from StatementTopic st join st.topic t "
                    + "where st.statement.article.id = :id", Object[].class).setParameter("id", view.id()).getResultList())
                stances.computeIfAbsent((Long) r[0], k -> new TreeMap<>()).put((String) r[1], ((Stance) r[2]).code());
            List<PlacedStatement> statements = new ArrayList<>();
            for (Object[] r : em.createQuery("select s.id, s.contentStart, s.contentEnd, sp.canonicalName, s.mode, s.reviewed, s.contentText "
                    + "from ReportedStatement s join s.speaker sp where s.article.id = :id order by s.contentStart, s.contentEnd, s.id", Object[].class)
                    .setParameter("id", view.id()).getResultList())
                statements.add(new PlacedStatement((Long) r[0], (Integer) r[1], (Integer) r[2], (String) r[3], ((Mode) r[4]).code(),
                        stances.getOrDefault((Long) r[0], Map.of()), (Boolean) r[5], (String) r[6]));
            return new ArticleText(view, body, statements);
        });
    }

    /**
     * The ids of these articles (ids or file names), or {@link UnknownNameException} naming the
     * first that is not imported.
     */
    public List<Long> ids(List<String> idsOrFiles) {
        return transactions.read(em -> idsOrFiles.stream().map(name -> idOf(em, name)).distinct().toList());
    }

    private static List<ArticleView> views(EntityManager em, Long onlyId) {
        String where = onlyId == null ? "" : " where a.id = :id";
        var countQuery = em.createQuery("select a.id, count(s), count(distinct s.speaker.id) from ReportedStatement s join s.article a"
                + where + " group by a.id", Object[].class);
        var articleQuery = em.createQuery("select a.id, a.fileName, a.title, a.outlet, a.url, a.publishedOn from Article a"
                + where + " order by a.id", Object[].class);
        if (onlyId != null) {
            countQuery.setParameter("id", onlyId);
            articleQuery.setParameter("id", onlyId);
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : countQuery.getResultList()) counts.put((Long) r[0], new long[] {(Long) r[1], (Long) r[2]});
        List<ArticleView> views = new ArrayList<>();
        for (Object[] r : articleQuery.getResultList()) {
            long[] n = counts.getOrDefault((Long) r[0], new long[2]);
            views.add(new ArticleView((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    r[5] == null ? null : r[5].toString(), n[0], n[1]));
        }
        return views;
    }

    private static long idOf(EntityManager em, String idOrFile) {
        String name = idOrFile.strip();
        if (name.matches("#?\\d{1,18}")) {
            long id = Long.parseLong(name.replace("#", ""));
            if (!em.createQuery("select a.id from Article a where a.id = :id", Long.class).setParameter("id", id).getResultList().isEmpty())
                return id;
        }
        List<Long> byName = em.createQuery("select a.id from Article a where a.fileName = :n order by a.id", Long.class)
                .setParameter("n", name).getResultList();
        if (byName.size() == 1) return byName.get(0);
        if (byName.size() > 1)
            throw new UnknownNameException("several articles are named " + name + " (ids " + byName.stream().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + "); give the id");
        throw new UnknownNameException("no article with id or file name '" + name + "' (list them with the articles command)");
    }
}
