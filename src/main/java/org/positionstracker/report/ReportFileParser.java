package org.positionstracker.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.positionstracker.report.SqlTokens.Kind;
import org.positionstracker.report.SqlTokens.Token;

/**
 * Reads a report file: the header comment block, then one query. Parameters live in a CTE named
 * {@code params} that opens the query, one {@code CAST(default AS type) AS name} per parameter:
 *
 * <pre>
 * -- title: Statements on a topic
 * -- description: Every statement on one topic ...
 * -- param: topic = ceasefire-conditions   (topic slug)
 * WITH params AS (
 *     SELECT CAST('ceasefire-conditions' AS VARCHAR(200)) AS topic
 * )
 * SELECT ... FROM v_statement_topic v CROSS JOIN params p WHERE v.topic = p.topic
 * </pre>
 *
 * As written, the file runs in any SQL console with its defaults. To run it with other values the
 * report command replaces each default literal (and nothing else) by a JDBC {@code ?} and binds the
 * value, so a value is never part of the SQL text.
 */
final class ReportFileParser {
    private static final Pattern HEADER_FIELD = Pattern.compile("--\\s*(title|description|param)\\s*:(.*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTINUATION = Pattern.compile("--\\s{2,}(\\S.*)");
    private static final Pattern PARAM_SPEC = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*(?:(=)\\s*(.*?))?\\s*(?:\\((.*)\\))?\\s*");

    private ReportFileParser() {
    }

    /**
     * @param name the report's name (file name without .sql)
     * @param source the file as a user knows it, for error messages
     * @throws ReportException naming the source and what is wrong
     */
    static NamedReport parse(String name, String source, String text) {
        try {
            return parseOrThrow(name, source, text);
        } catch (ReportException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ReportException(source + ": " + e.getMessage(), e);
        }
    }

    private static NamedReport parseOrThrow(String name, String source, String text) {
        Header header = header(text);
        if (header.title == null || header.title.isBlank())
            throw new ReportException(source + ": the header has no '-- title:' line (a report file starts with"
                    + " '-- title: ...', then '-- description: ...' and a '-- param: ...' line per parameter)");

        List<Token> tokens = SqlTokens.significant(text);
        if (tokens.isEmpty()) throw new ReportException(source + ": no query after the header");
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("?"))
                throw new ReportException(source + ": '?' at " + SqlTokens.position(text, t.start())
                        + ": write parameters as columns of the params CTE, not as ?");
            if (t.is(";") && i != tokens.size() - 1)
                throw new ReportException(source + ": ';' at " + SqlTokens.position(text, t.start())
                        + " ends the query before the end of the file: a report is one query");
        }

        List<CteColumn> columns = paramsCte(tokens, source, text);
        checkParametersMatch(header.params, columns, source);

        StringBuilder prepared = new StringBuilder();
        int from = 0;
        for (CteColumn c : columns) {
            prepared.append(text, from, c.literalStart).append('?');
            from = c.literalEnd;
        }
        Token last = tokens.get(tokens.size() - 1);
        int end = last.is(";") ? last.start() : text.length();
        prepared.append(text, from, end);
        return new NamedReport(name, header.title.strip(), header.description.toString().strip(), source,
                header.params, text, prepared.toString().stripTrailing());
    }

    private static final class Header {
        String title;
        final StringBuilder description = new StringBuilder();
        boolean hasDescription;
        final List<ReportParameter> params = new ArrayList<>();
    }

    /** The leading comment lines; other comment lines in it are free text for console users. */
    private static Header header(String text) {
        Header h = new Header();
        boolean continuesDescription = false;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continuesDescription = false;
                continue;
            }
            if (!line.startsWith("--")) break;
            Matcher field = HEADER_FIELD.matcher(line);
            Matcher continuation = CONTINUATION.matcher(line);
            if (field.matches()) {
                String key = field.group(1).toLowerCase(Locale.ROOT);
                String value = field.group(2).strip();
                continuesDescription = false;
                switch (key) {
                    case "title" -> {
                        if (h.title != null) throw new IllegalArgumentException("the header has two '-- title:' lines");
                        h.title = value;
                    }
                    case "description" -> {
                        if (h.hasDescription) throw new IllegalArgumentException("the header has two '-- description:' lines"
                                + " (continue a description on lines that start with '--' and two spaces)");
                        h.hasDescription = true;
                        h.description.append(value);
                        continuesDescription = true;
                    }
                    default -> h.params.add(param(value, h.params));
                }
            } else if (continuesDescription && continuation.matches()) {
                h.description.append(' ').append(continuation.group(1).strip());
            } else {
                continuesDescription = false;
            }
        }
        return h;
    }

    private static ReportParameter param(String spec, List<ReportParameter> earlier) {
        Matcher m = PARAM_SPEC.matcher(spec);
        if (!m.matches())
            throw new IllegalArgumentException("'-- param: " + spec + "' is not NAME = DEFAULT (description),"
                    + " NAME = (description) for an optional parameter or NAME (description) for a required one");
        String name = m.group(1);
        if (earlier.stream().anyMatch(p -> p.name().equalsIgnoreCase(name)))
            throw new IllegalArgumentException("parameter " + name + " is declared twice");
        boolean hasDefault = m.group(2) != null;
        String value = hasDefault ? m.group(3).strip() : null;
        return new ReportParameter(name, value, !hasDefault, m.group(4));
    }

    /** One column of the params CTE: {@code CAST(literal AS type) AS name}. */
    private record CteColumn(String name, String literal, int literalStart, int literalEnd) {
    }

    private static final String PARAMS_SHAPE = "WITH params AS (SELECT CAST('default' AS type) AS name, ...)";

    private static List<CteColumn> paramsCte(List<Token> t, String source, String text) {
        List<CteColumn> columns = new ArrayList<>();
        if (!(t.size() > 4 && t.get(0).is("WITH") && t.get(1).is("params") && t.get(2).is("AS") && t.get(3).is("(")))
            return columns;
        Cursor c = new Cursor(t, source, text);
        c.at = 4;
        c.expect("SELECT");
        while (true) {
            c.expect("CAST");
            c.expect("(");
            int literalStart = c.peek().start();
            String literal;
            if (c.peek().is("-") && c.peek(1).kind() == Kind.NUMBER) {
                c.next();
                literal = "-" + c.next().text();
            } else {
                Token value = c.next();
                if (value.kind() == Kind.STRING && value.text().startsWith("'")) literal = value.stringValue();
                else if (value.kind() == Kind.NUMBER) literal = value.text();
                else if (value.is("NULL")) literal = null;
                else throw c.unexpected(value, "a 'quoted' default, a number or NULL");
            }
            int literalEnd = c.peek(-1).end();
            c.expect("AS");
            int depth = 0;
            Token type = c.next();
            if (type.kind() != Kind.WORD) throw c.unexpected(type, "a type name");
            while (depth > 0 || !c.peek().is(")")) {
                Token x = c.next();
                if (x.is("(")) depth++;
                if (x.is(")")) depth--;
            }
            c.expect(")");
            c.expect("AS");
            Token name = c.next();
            if (name.kind() != Kind.WORD) throw c.unexpected(name, "the parameter's name");
            columns.add(new CteColumn(name.text(), literal, literalStart, literalEnd));
            Token after = c.next();
            if (after.is(")")) break;
            if (!after.is(",")) throw c.unexpected(after, "',' or ')'");
        }
        return columns;
    }

    private static final class Cursor {
        final List<Token> tokens;
        final String source;
        final String text;
        int at;

        Cursor(List<Token> tokens, String source, String text) {
            this.tokens = tokens;
            this.source = source;
            this.text = text;
        }

        Token peek() {
            return peek(0);
        }

        Token peek(int offset) {
            int i = at + offset;
            if (i >= tokens.size())
                throw new ReportException(source + ": the params CTE is not closed; it must read " + PARAMS_SHAPE);
            return tokens.get(i);
        }

        Token next() {
            Token t = peek();
            at++;
            return t;
        }

        void expect(String word) {
            Token t = next();
            if (!t.is(word)) throw unexpected(t, word);
        }

        ReportException unexpected(Token t, String expected) {
            return new ReportException(source + ": params CTE at " + SqlTokens.position(text, t.start()) + ": expected "
                    + expected + ", found '" + t.text() + "'; it must read " + PARAMS_SHAPE);
        }
    }

    private static void checkParametersMatch(List<ReportParameter> declared, List<CteColumn> columns, String source) {
        List<String> declaredNames = declared.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList();
        List<String> cteNames = columns.stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
        if (!declaredNames.equals(cteNames)) {
            if (cteNames.isEmpty())
                throw new ReportException(source + ": the header declares parameters " + declaredNames
                        + " but the query does not start with " + PARAMS_SHAPE);
            throw new ReportException(source + ": the header declares parameters " + declaredNames
                    + " but the params CTE has " + cteNames + "; list the same names in the same order");
        }
        for (int i = 0; i < declared.size(); i++) {
            ReportParameter p = declared.get(i);
            String literal = columns.get(i).literal();
            if (p.required() && literal != null)
                throw new ReportException(source + ": parameter " + p.name() + " is required (no '=' in its header line)"
                        + " but the params CTE gives it the value '" + literal + "'; write NULL there, or give the default in the header");
            if (!p.required() && !java.util.Objects.equals(p.defaultValue(), literal))
                throw new ReportException(source + ": parameter " + p.name() + ": the header's default "
                        + shown(p.defaultValue()) + " differs from the params CTE's " + shown(literal) + "; make them the same");
        }
    }

    private static String shown(String value) {
        return value == null ? "(none: NULL)" : "'" + value + "'";
    }
}
