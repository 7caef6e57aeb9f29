package org.positionstracker.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads the plain-text word lists that live next to this package's classes. */
final class Lexicon {
    private Lexicon() {
    }

    /** Non-blank lines of a resource, trimmed, without {@code #} comment lines. */
    static List<String> lines(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) continue;
                    out.add(line.replace("\r", ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a resource as a set of normalised ({@link #norm}) words or phrases. */
    static Set<String> wordSet(String resource) {
        Set<String> out = new HashSet<>();
        for (String l : lines(resource)) out.add(norm(l.strip()));
        return out;
    }

    /** Lower case, curly apostrophes straightened, whitespace collapsed. */
    static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            if (c == '\u2019' || c == '\u2018') c = '\'';
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
