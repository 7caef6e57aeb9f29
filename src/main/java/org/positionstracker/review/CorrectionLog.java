package org.positionstracker.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.positionstracker.actor.ActorNames;

/** The corrections as people read them: what each targets and changes, and whether it still applies. */
public final class CorrectionLog {
    /** One correction, described. {@code status} is applied, article not imported, statement not found, or withdrawn. */
    public record CorrectionView(long id, String kind, String target, String change, String status, String reason, String by, String at) {
    }

    private CorrectionLog() {
    }

    public static List<CorrectionView> list(Connection c) throws SQLException {
        List<CorrectionView> views = new ArrayList<>();
        for (CorrectionStore.Logged row : CorrectionStore.all(c)) {
            CorrectionStore.Stored stored = row.stored();
            StatementKey key = stored.key();
            Correction correction = stored.correction();
            String target = correction instanceof Correction.OfActors actors ? actors.about()
                    : key.fileName() + " " + key.start() + "-" + key.end() + " \"" + shorten(key.text(), 50) + "\"";
            views.add(new CorrectionView(stored.id(), correction.kind().code(), target, correction.describe(),
                    row.withdrawn() != null ? row.withdrawn() : status(c, key, correction), row.reason(), row.by(), row.at()));
        }
        return views;
    }

    private static String status(Connection c, StatementKey key, Correction correction) throws SQLException {
        if (correction instanceof Correction.Merge merge)
            return exists(c, "SELECT 1 FROM actor WHERE name_key = ?", ActorNames.key(merge.from())) ? "not applied: actor still exists" : "applied";
        if (correction instanceof Correction.Alias alias)
            return exists(c, "SELECT 1 FROM actor_alias WHERE alias_key = ?", ActorNames.key(alias.alias())) ? "applied" : "not applied: actor missing";
        if (StatementLocator.articlesOf(c, key).isEmpty()) return "article not imported";
        boolean found = correction instanceof Correction.Add ? StatementLocator.added(c, key) : StatementLocator.find(c, key, null) != null;
        if (correction instanceof Correction.Reject) return found ? "not applied: statement still there" : "applied";
        return found ? "applied" : "not applied: statement not found";
    }

    private static boolean exists(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) q.setString(i + 1, values[i]);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A statement's text on one line, cut to {@code max} characters with "..." when longer. */
    public static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 3) + "...";
    }
}
