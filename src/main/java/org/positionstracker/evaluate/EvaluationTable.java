package org.positionstracker.evaluate;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Function;

/** Prints an evaluation report for people: the overall figures, one line per article, the errors. */
public final class EvaluationTable {
    private static final int TEXT_WIDTH = 110;

    private EvaluationTable() {
    }

    public static void print(EvaluationReport r, PrintWriter out) {
        out.printf(Locale.ROOT, "evaluate %s: %d articles, %d gold statements, %d predicted (extractor %s)%n",
                r.goldFolder(), r.articles(), r.overall().gold(), r.overall().predicted(), r.extractor());
        GoldCheck c = r.goldCheck();
        out.printf(Locale.ROOT, "gold check: %d annotations checked, %d offsets not matching their text, %d unusable;"
                + " %d texts without gold; %d extraction failures%n", c.spansChecked(), c.spanMismatches(), c.unusable(),
                r.textsWithoutGold(), r.failedArticles());
        for (String p : c.problems()) out.println("  " + p);
        out.printf(Locale.ROOT, "time: %d ms in all; extraction %d ms summed over threads, %.0f articles/s per thread%n%n",
                r.wallMillis(), r.extractionMillis(), r.articlesPerSecond());

        Scores.Level o = r.overall().atOverlap();
        Scores.Level e = r.overall().exact();
        String left = String.format(Locale.ROOT, "overlap >= %.2f", r.overlap());
        out.printf("%-28s %-24s %s%n", "", left, "exact span");
        row(out, "recall", o, e, Scores.Level::recall);
        row(out, "  quoted, speech cue", o, e, Scores.Level::quotedSpeech);
        row(out, "  reported, speech cue", o, e, Scores.Level::reportedSpeech);
        row(out, "  quoted, other cue", o, e, Scores.Level::quotedOther);
        row(out, "  reported, other cue", o, e, Scores.Level::reportedOther);
        row(out, "precision", o, e, Scores.Level::precision);
        out.printf("%-28s %-24s %s%n", "F1", number(o.f1()), number(e.f1()));
        row(out, "speaker (on found)", o, e, Scores.Level::speaker);
        Scores.Topics t = r.overall().topics();
        if (t != null) {
            out.printf("%-28s %s%n", "topic precision", t.precision());
            out.printf("%-28s %s%n", "topic recall", t.recall());
            out.printf("%-28s %s%n", "stance accuracy", t.stance());
            out.printf("%-28s %s%n", "  where the topic was found", t.stanceWhereTopic());
        }

        out.println();
        int ruleWidth = Math.max(4, r.perRule().stream().mapToInt(x -> x.rule().length()).max().orElse(4));
        out.printf("%-" + ruleWidth + "s  %-24s %s%n", "rule", "precision", "speaker");
        for (Scores.Rule rule : r.perRule())
            out.printf("%-" + ruleWidth + "s  %-24s %s%n", rule.rule(), rule.precision(), rule.speaker());

        out.println();
        int width = Math.max(7, r.perArticle().stream().mapToInt(s -> s.article().length()).max().orElse(7));
        out.printf("%-" + width + "s %5s %5s %7s %7s %7s %7s %7s %7s%n", "article", "gold", "pred", "recall", "quoted",
                "report", "prec", "F1", "speaker");
        for (Scores.Summary s : r.perArticle()) {
            Scores.Level l = s.atOverlap();
            out.printf("%-" + width + "s %5d %5d %7s %7s %7s %7s %7s %7s%n", s.article(), s.gold(), s.predicted(),
                    number(l.recall().value()), number(l.quotedSpeech().value()), number(l.reportedSpeech().value()),
                    number(l.precision().value()), number(l.f1()), number(l.speaker().value()));
        }
        if (!r.errors().isEmpty()) {
            out.println();
            out.println("errors at the overlap threshold (missed: gold not found; wrong: predicted, not gold):");
            String article = null;
            for (EvaluationError err : r.errors()) {
                if (!err.article().equals(article)) {
                    article = err.article();
                    out.println("== " + article);
                }
                out.println("  " + describe(err));
            }
        }
        out.flush();
    }

    static String describe(EvaluationError e) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-13s @%-6d", e.kind(), e.start()));
        if (e.goldKind() != null) b.append(' ').append(e.goldKind());
        if (e.rule() != null) b.append(" rule=").append(e.rule());
        if (e.goldSpeaker() != null) b.append(" gold-speaker='").append(e.goldSpeaker()).append('\'');
        if (e.predictedSpeaker() != null) b.append(" speaker='").append(e.predictedSpeaker()).append('\'');
        if (e.cue() != null) b.append(" cue='").append(oneLine(e.cue(), 40)).append('\'');
        if (e.overlap() > 0 && e.overlap() < 1) b.append(String.format(Locale.ROOT, " overlap=%.2f", e.overlap()));
        if (e.detail() != null) b.append(" ").append(e.detail());
        b.append("\n      \"").append(oneLine(e.text(), TEXT_WIDTH)).append('"');
        return b.toString();
    }

    private static void row(PrintWriter out, String label, Scores.Level o, Scores.Level e, Function<Scores.Level, Scores.Ratio> f) {
        out.printf("%-28s %-24s %s%n", label, f.apply(o), f.apply(e));
    }

    private static String number(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String oneLine(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

}
