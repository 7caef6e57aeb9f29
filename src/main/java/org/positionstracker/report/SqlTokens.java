package org.positionstracker.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into tokens, just far enough to tell string literals, quoted identifiers and
 * comments apart from the rest: that is what lets the catalog find the literals of the params CTE
 * (and a stray {@code ?} or second statement) without being fooled by the same characters inside
 * a string or a comment.
 */
final class SqlTokens {
    enum Kind { WORD, NUMBER, STRING, QUOTED_IDENTIFIER, SYMBOL, COMMENT, WHITESPACE }

    /** One token: its kind and where it is in the text ({@code end} exclusive). */
    record Token(Kind kind, String text, int start, int end) {
        boolean is(String word) {
            return (kind == Kind.WORD || kind == Kind.SYMBOL) && text.equalsIgnoreCase(word);
        }

        boolean significant() {
            return kind != Kind.COMMENT && kind != Kind.WHITESPACE;
        }

        /** The value of a string literal: without its quotes, doubled quotes undone. */
        String stringValue() {
            if (kind != Kind.STRING) throw new IllegalStateException("not a string literal: " + text);
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
    }

    private SqlTokens() {
    }

    /** Every token of the text, comments and whitespace included; throws on an unterminated literal or comment. */
    static List<Token> of(String sql) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            Kind kind;
            if (Character.isWhitespace(c)) {
                while (i < n && Character.isWhitespace(sql.charAt(i))) i++;
                kind = Kind.WHITESPACE;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n' && sql.charAt(i) != '\r') i++;
                kind = Kind.COMMENT;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = blockCommentEnd(sql, i);
                kind = Kind.COMMENT;
            } else if (c == '\'') {
                i = quotedEnd(sql, i, '\'', "string literal");
                kind = Kind.STRING;
            } else if (c == '"') {
                i = quotedEnd(sql, i, '"', "quoted identifier");
                kind = Kind.QUOTED_IDENTIFIER;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                // PostgreSQL's $tag$...$tag$ string: its content is not SQL.
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                if (close < 0) throw new IllegalArgumentException("unterminated " + tag + " string starting at " + position(sql, start));
                i = close + tag.length();
                kind = Kind.STRING;
            } else if (Character.isLetter(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) i++;
                kind = Kind.WORD;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) i++;
                kind = Kind.NUMBER;
            } else {
                i++;
                kind = Kind.SYMBOL;
            }
            tokens.add(new Token(kind, sql.substring(start, i), start, i));
        }
        return tokens;
    }

    /** The tokens that are neither comments nor whitespace. */
    static List<Token> significant(String sql) {
        return of(sql).stream().filter(Token::significant).toList();
    }

    /** "line L, column C" of a character offset, for error messages. */
    static String position(String sql, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    private static int blockCommentEnd(String sql, int start) {
        // PostgreSQL nests block comments; H2 does not, but nobody nests them by accident.
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) return i;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated /* comment starting at " + position(sql, start));
    }

    private static int quotedEnd(String sql, int start, char quote, String what) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("unterminated " + what + " starting at " + position(sql, start));
    }

    private static String dollarTag(String sql, int start) {
        int i = start + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) i++;
        if (i < sql.length() && sql.charAt(i) == '$' && (i == start + 1 || !Character.isDigit(sql.charAt(start + 1))))
            return sql.substring(start, i + 1);
        return null;
    }
}
