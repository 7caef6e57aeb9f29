package org.positionstracker.overview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.positionstracker.overview.Overview.ArticleEntry;
import org.positionstracker.overview.Overview.Cell;
import org.positionstracker.overview.Overview.Conflict;
import org.positionstracker.overview.Overview.Side;
import org.positionstracker.overview.Overview.StatementEntry;
import org.positionstracker.overview.Overview.Topic;
import org.positionstracker.overview.Overview.TopicStance;
import org.positionstracker.report.Html;

/**
 * Writes the overview as one self-contained HTML file: inline CSS, no script, no fetched
 * resource (the only external addresses are links to the articles themselves). The markup is
 * also well-formed XML.
 */
public final class OverviewPage {
    /** How each stance is shown besides its colour: a symbol and its name. */
    enum StanceLook {
        SUPPORTS("+", "agrees with the topic's claim"),
        DEMANDS("!", "insists on it, or requires it of another party"),
        CONDITIONAL("?", "agrees only if a condition is met"),
        OPPOSES("\u2212", "rejects it"),
        NEUTRAL("\u25CB", "on the topic, no stance"),
        MIXED("\u00B1", "evidence split both ways"),
        NONE("\u2013", "on no topic");

        final String symbol;
        final String meaning;

        StanceLook(String symbol, String meaning) {
            this.symbol = symbol;
            this.meaning = meaning;
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static StanceLook of(String code) {
            for (StanceLook s : values()) if (s.code().equals(code)) return s;
            return NONE;
        }
    }

    /** The stored text of an article, by id. */
    @FunctionalInterface
    public interface Bodies {
        String body(long articleId) throws SQLException;
    }

    private final Overview overview;
    private final Bodies bodies;
    private final Set<Long> shown = new HashSet<>();
    private final Map<Long, StatementEntry> statements = new HashMap<>();
    private final Map<String, Cell> cells = new HashMap<>();
    private Writer out;

    OverviewPage(Overview overview, Bodies bodies) {
        this.overview = overview;
        this.bodies = bodies;
        for (ArticleEntry a : overview.articles())
            for (StatementEntry s : a.statements()) {
                shown.add(s.id());
                statements.put(s.id(), s);
            }
        for (Cell c : overview.cells()) cells.put(c.actor() + "\u0000" + c.topic(), c);
    }

    /** The positions in matrix order: by actor (the rows), then by topic (the columns). */
    private List<Cell> cellsInMatrixOrder() {
        List<Cell> ordered = new ArrayList<>();
        for (String actor : overview.actors())
            for (Topic t : overview.topics()) {
                Cell c = cells.get(actor + "\u0000" + t.slug());
                if (c != null) ordered.add(c);
            }
        return ordered;
    }

    /** Reads and writes the overview; returns it for the summary line. */
    public static Overview write(OverviewReader reader, String database, OverviewFilter filter, Writer out) throws SQLException, IOException {
        Overview overview = reader.read(database, filter);
        new OverviewPage(overview, reader::body).write(out);
        return overview;
    }

    void write(Writer writer) throws IOException, SQLException {
        this.out = writer;
        w("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        w("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        w("<title>Positions overview \u2014 " + Html.text(overview.database()) + "</title>\n");
        w("<style>\n" + css() + "</style>\n</head>\n<body>\n");
        header();
        matrix();
        evidence();
        conflicts();
        articles();
        w("<footer>Written by positions-tracker overview. Offsets are 0-based UTF-16 positions in the stored article text; "
                + "each highlighted passage is exactly the stored statement text.</footer>\n</body>\n</html>\n");
        out.flush();
    }

    private void header() throws IOException {
        Overview o = overview;
        w("<header>\n<h1>Positions overview</h1>\n<dl class=\"facts\">\n");
        fact("Database", Html.text(o.database()));
        fact("Generated", Html.text(o.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString()));
        fact("Filters", Html.text(o.filter().describe()));
        fact("Shown", count(o.articles().size(), "article") + " \u00B7 " + count(o.statementCount(), "statement") + " \u00B7 "
                + count(o.actors().size(), "actor") + " \u00B7 " + count(o.topics().size(), "topic")
                + " <span class=\"muted\">(the database holds " + count(o.totals().articles(), "article") + " and "
                + count(o.totals().statements(), "statement") + ")</span>");
        w("</dl>\n<nav><a href=\"#matrix\">Position matrix</a> <a href=\"#positions\">Evidence</a> <a href=\"#conflicts\">Conflicts ("
                + o.conflicts().size() + ")</a> <a href=\"#statements\">Statements in context</a></nav>\n</header>\n");
    }

    private void fact(String name, String html) throws IOException {
        w("<dt>" + name + "</dt><dd>" + html + "</dd>\n");
    }

    private void matrix() throws IOException {
        w("<section id=\"matrix\">\n<h2>Position matrix</h2>\n");
        w("<p class=\"note\">Each cell is an actor's position on a topic, from its own statements and those of actors speaking for it: "
                + "the stance and the number of statements behind it. Hover for the counts and dates; follow a cell to its statements.</p>\n");
        legend();
        if (overview.cells().isEmpty()) {
            w("<p class=\"empty-note\">No positions match.</p>\n</section>\n");
            return;
        }
        Map<String, String> kinds = new HashMap<>();
        for (Cell c : overview.cells()) kinds.putIfAbsent(c.actor(), c.actorKind());
        w("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th class=\"corner\">Actor \\ topic</th>");
        for (Topic t : overview.topics()) {
            w("<th scope=\"col\" title=\"" + Html.value(t.slug() + (t.claim() == null ? "" : ": " + t.claim())) + "\">" + Html.text(t.label())
                    + (t.claim() == null ? "" : "<br/><span class=\"claim\">" + Html.text(t.claim()) + "</span>") + "</th>");
        }
        w("</tr></thead>\n<tbody>\n");
        for (String actor : overview.actors()) {
            w("<tr><th scope=\"row\">" + Html.text(actor) + " <span class=\"kind\">" + Html.text(kinds.get(actor)) + "</span></th>");
            for (Topic t : overview.topics()) {
                Cell c = cells.get(actor + "\u0000" + t.slug());
                if (c == null) {
                    w("<td class=\"cell no-position\"></td>");
                    continue;
                }
                StanceLook look = StanceLook.of(c.stance());
                w("<td class=\"cell st-" + look.code() + "\" title=\"" + Html.value(tooltip(c)) + "\"><a href=\"#pos-" + c.positionId() + "\">"
                        + "<span class=\"sym\">" + look.symbol + "</span> " + look.code() + " <span class=\"n\">" + c.statements() + "</span></a></td>");
            }
            w("</tr>\n");
        }
        w("</tbody>\n</table></div>\n</section>\n");
    }

    private void legend() throws IOException {
        w("<ul class=\"legend\">");
        for (StanceLook s : StanceLook.values()) {
            if (s == StanceLook.NONE) continue;
            w("<li><span class=\"swatch st-" + s.code() + "\">" + s.symbol + "</span> <b>" + s.code() + "</b> <span class=\"muted\">"
                    + Html.text(s.meaning) + "</span></li>");
        }
        w("<li><span class=\"swatch no-position\"></span> <span class=\"muted\">no statements</span></li></ul>\n");
        List<Topic> claimed = overview.topics().stream().filter(t -> t.claim() != null).toList();
        if (claimed.isEmpty()) return;
        w("<p class=\"note\">A stance is the speaker's position on the topic's claim; a conflict is agreement (supports, demands, conditional) "
                + "against rejection (opposes) of the same claim.</p>\n<dl class=\"claims\">");
        for (Topic t : claimed) w("<dt>" + Html.text(t.label()) + "</dt><dd>" + Html.text(t.claim()) + "</dd>");
        w("</dl>\n");
    }

    private static String tooltip(Cell c) {
        return c.actor() + " \u2014 " + c.topicLabel() + ": " + c.stance() + "\n"
                + c.statements() + (c.statements() == 1 ? " statement" : " statements") + " (" + c.own() + " own): "
                + c.supports() + " supports, " + c.opposes() + " opposes, " + c.conditional() + " conditional, "
                + c.demands() + " demands, " + c.neutral() + " neutral\n"
                + (c.firstSaidOn() == null ? "no dated statement" : "first said " + c.firstSaidOn() + ", last said " + c.lastSaidOn());
    }

    private void evidence() throws IOException {
        w("<section id=\"positions\">\n<h2>Evidence behind each position</h2>\n");
        if (overview.cells().isEmpty()) {
            w("<p class=\"empty-note\">No positions match.</p>\n</section>\n");
            return;
        }
        w("<table class=\"list\">\n<thead><tr><th>Actor</th><th>Topic</th><th>Stance</th><th>Statements</th><th>Said</th><th>Evidence</th></tr></thead>\n<tbody>\n");
        for (Cell c : cellsInMatrixOrder()) {
            w("<tr id=\"pos-" + c.positionId() + "\"><td>" + Html.text(c.actor()) + "</td><td>" + Html.text(c.topicLabel()) + "</td><td>"
                    + tag(c.stance(), c.stance()) + "</td><td class=\"num\">" + c.statements() + " <span class=\"muted\">(" + c.own()
                    + " own)</span></td><td>" + dates(c.firstSaidOn(), c.lastSaidOn()) + "</td><td>" + links(c.evidence()) + "</td></tr>\n");
        }
        w("</tbody>\n</table>\n</section>\n");
    }

    private static String dates(LocalDate first, LocalDate last) {
        if (first == null) return "<span class=\"muted\">undated</span>";
        return first.equals(last) ? first.toString() : first + " \u2013 " + last;
    }

    private void conflicts() throws IOException {
        w("<section id=\"conflicts\">\n<h2>Conflicts</h2>\n");
        w("<p class=\"note\">Pairs of actors whose positions on a topic lean opposite ways (supports, demands or conditional against opposes).</p>\n");
        if (overview.conflicts().isEmpty()) {
            w("<p class=\"empty-note\">No conflicts match.</p>\n</section>\n");
            return;
        }
        w("<table class=\"list\">\n<thead><tr><th>Topic</th><th>One side</th><th>The other side</th><th>Statements</th></tr></thead>\n<tbody>\n");
        for (Conflict c : overview.conflicts()) {
            w("<tr><td>" + Html.text(c.topicLabel()) + "</td><td>" + side(c.a()) + "</td><td>" + side(c.b()) + "</td><td class=\"num\">"
                    + (c.a().statements() + c.b().statements()) + "</td></tr>\n");
        }
        w("</tbody>\n</table>\n</section>\n");
    }

    private String side(Side s) {
        return "<b>" + Html.text(s.actor()) + "</b> " + tag(s.stance(), s.stance()) + " <span class=\"muted\">" + s.leaning() + " of "
                + count(s.statements(), "statement") + " leaning this way</span><br/>" + links(s.evidence());
    }

    private void articles() throws IOException, SQLException {
        w("<section id=\"statements\">\n<h2>Statements in context</h2>\n");
        w("<p class=\"note\">Each article's lines with statements, every statement highlighted where it stands (its number in small print before it) "
                + "and described beside the line. Lines without statements are folded; open them to read the whole article.</p>\n");
        if (overview.articles().isEmpty()) w("<p class=\"empty-note\">No statements match.</p>\n");
        for (ArticleEntry a : overview.articles()) article(a);
        w("</section>\n");
    }

    private void article(ArticleEntry a) throws IOException, SQLException {
        String body = bodies.body(a.id());
        List<ArticleMarkup.Span> spans = new ArrayList<>();
        List<StatementEntry> unmatched = new ArrayList<>();
        for (StatementEntry s : a.statements()) {
            if (s.start() >= 0 && s.end() > s.start() && s.end() <= body.length() && body.substring(s.start(), s.end()).equals(s.text()))
                spans.add(new ArticleMarkup.Span(s.id(), s.start(), s.end(), "st-" + s.markStance()));
            else unmatched.add(s);
        }
        boolean titled = a.title() != null && !a.title().isBlank();
        w("<article class=\"art\" id=\"a" + a.id() + "\">\n<h3>" + (titled ? Html.text(a.title()) : "<code>" + Html.text(a.file()) + "</code>") + "</h3>\n");
        List<String> meta = new ArrayList<>();
        if (titled) meta.add("<code>" + Html.text(a.file()) + "</code>");
        if (a.outlet() != null) meta.add(Html.text(a.outlet()));
        if (a.publishedOn() != null) meta.add("published " + a.publishedOn());
        if (a.url() != null && !a.url().isBlank()) meta.add(webAddress(a.url())
                ? "<a class=\"ext\" href=\"" + Html.value(a.url().strip()) + "\">" + Html.text(a.url()) + "</a>" : Html.text(a.url()));
        meta.add(count(a.statements().size(), "statement"));
        w("<p class=\"meta\">" + String.join(" \u00B7 ", meta) + "</p>\n<div class=\"text\">");
        w(ArticleMarkup.render(body, spans, list -> list.stream().map(s -> card(statements.get(s.id()), false)).collect(Collectors.joining())));
        w("</div>\n");
        if (!unmatched.isEmpty()) {
            w("<div class=\"unmatched\"><p><b>Not found in the stored text</b> (their offsets do not give their text; the article may have been changed):</p>");
            for (StatementEntry s : unmatched) w(card(s, true));
            w("</div>\n");
        }
        w("</article>\n");
    }

    /** Only http(s) addresses become links: a javascript: or data: address from an article's metadata stays text. */
    static boolean webAddress(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    private static String card(StatementEntry s, boolean anchor) {
        StringBuilder c = new StringBuilder();
        c.append("<div class=\"card st-").append(s.markStance()).append('"');
        if (anchor) c.append(" id=\"s").append(s.id()).append('"');
        c.append("><div class=\"who\"><a class=\"sid\" href=\"#s").append(s.id()).append("\">#").append(s.id()).append("</a> <b>")
                .append(Html.text(s.speaker())).append("</b>");
        if (s.speaksFor() != null) c.append(" <span class=\"muted\">for ").append(Html.text(s.speaksFor())).append("</span>");
        if (s.reviewed()) c.append(" <span class=\"badge\" title=\"an analyst corrected this statement\">reviewed</span>");
        c.append("</div><div class=\"topics\">");
        if (s.topics().isEmpty()) c.append(tag("none", "on no topic"));
        for (TopicStance t : s.topics()) c.append(tag(t.stance(), t.label() + ": " + t.stance())).append(' ');
        c.append("</div><div class=\"how\">").append(Html.text(s.mode()));
        if (s.cue() != null) c.append(" \u00B7 cue \u201C").append(Html.text(s.cue())).append("\u201D");
        c.append(" \u00B7 ").append(s.saidOn() == null ? "undated" : "said " + s.saidOn());
        if (anchor) c.append("</div><blockquote>").append(Html.text(s.text())).append("</blockquote></div>");
        else c.append("</div></div>");
        return c.toString();
    }

    private static String tag(String stance, String label) {
        StanceLook look = StanceLook.of(stance);
        return "<span class=\"tag st-" + look.code() + "\"><span class=\"sym\">" + look.symbol + "</span> " + Html.text(label) + "</span>";
    }

    private String links(List<Long> ids) {
        if (ids.isEmpty()) return "<span class=\"muted\">\u2013</span>";
        return ids.stream().map(id -> {
            StatementEntry s = statements.get(id);
            if (!shown.contains(id)) return "<span class=\"sref off\" title=\"not shown under these filters\">#" + id + "</span>";
            return "<a class=\"sref\" href=\"#s" + id + "\" title=\"" + Html.value(s.speaker() + ": " + abbreviate(s.text())) + "\">#" + id + "</a>";
        }).collect(Collectors.joining(" "));
    }

    private static String abbreviate(String text) {
        return text.length() <= 140 ? text : text.substring(0, Character.isHighSurrogate(text.charAt(139)) ? 139 : 140) + "\u2026";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void w(String s) throws IOException {
        out.write(s);
    }

    static String css() {
        try (InputStream in = OverviewPage.class.getResourceAsStream("overview.css")) {
            if (in == null) throw new IllegalStateException("overview.css is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
