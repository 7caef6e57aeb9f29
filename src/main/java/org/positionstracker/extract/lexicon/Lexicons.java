package org.positionstracker.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The extractor's word lists, each a classpath resource of one entry per line ({@code #} starts a
 * comment line), and the version they give the extractor: a list that changes what is found must
 * make {@code import --reextract} extract again, so its bytes are part of {@link #version}.
 */
public final class Lexicons {
    /** Lists every lexicon resource; a test checks that none is left out. */
    public static final String MANIFEST = "/org/positionstracker/extract/lexicon/lexicons.txt";
    /** Where the word lists live on the classpath. */
    public static final String DIR = "/org/positionstracker/extract/lexicon/";

    private Lexicons() {
    }

    /** Non-blank, non-comment lines of a resource, stripped. */
    public static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : rawLines(resource)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
        }
        return out;
    }

    /** The lines of a resource in lower case, as a set. */
    public static Set<String> words(String resource) {
        Set<String> out = new HashSet<>();
        for (String l : lines(resource)) out.add(l.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        return out;
    }

    /**
     * {@code name-codeVersion-hash}: the hash covers the code version and the bytes of every
     * lexicon in the manifest, so editing a word list is a new extractor version.
     */
    public static String version(String name, int codeVersion) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((name + "-" + codeVersion).getBytes(StandardCharsets.UTF_8));
            for (String resource : lines(MANIFEST)) {
                sha.update(resource.getBytes(StandardCharsets.UTF_8));
                sha.update(bytes(resource));
            }
            return name + "-" + codeVersion + "-" + HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static List<String> rawLines(String resource) {
        try (InputStream in = open(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Lexicons.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
        return in;
    }
}
