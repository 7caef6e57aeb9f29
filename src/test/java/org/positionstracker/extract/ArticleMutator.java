package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random damage to an article's text, the way scrapers and editors damage real ones:
 * sentences cut short, duplicated, swapped or dropped, and stray quote marks, line breaks, NULs,
 * byte-order marks, widget text and attribution fragments inserted. The same seed always gives
 * the same text, so a failure can be replayed and kept as a regression fixture.
 */
public final class ArticleMutator {
    private static final String[] JUNK = {"\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", ")", "\n", "\r\n", "\u0000", "\uFEFF",
            "View All", "Advertisement\n", ", said", " who ", " according to ", ":", ";", " \u2014 ", "..."};

    private ArticleMutator() {
    }

    public static String mutate(String base, Random r) {
        List<String> sentences = new ArrayList<>(List.of(base.split("(?<=[.\u201D])\\s+|\n")));
        int ops = 1 + r.nextInt(8);
        for (int i = 0; i < ops; i++) {
            int k = r.nextInt(sentences.size());
            switch (r.nextInt(6)) {
                case 0 -> sentences.set(k, sentences.get(k).substring(0, r.nextInt(sentences.get(k).length() + 1)));
                case 1 -> sentences.add(k, sentences.get(k));
                case 2 -> {
                    int j = r.nextInt(sentences.size());
                    String tmp = sentences.get(k);
                    sentences.set(k, sentences.get(j));
                    sentences.set(j, tmp);
                }
                case 3, 4 -> {
                    String s = sentences.get(k);
                    int at = r.nextInt(s.length() + 1);
                    sentences.set(k, s.substring(0, at) + JUNK[r.nextInt(JUNK.length)] + s.substring(at));
                }
                default -> {
                    if (sentences.size() > 1) sentences.remove(k);
                }
            }
        }
        StringBuilder b = new StringBuilder();
        for (String s : sentences) b.append(s).append(r.nextBoolean() ? " " : "\n");
        return b.toString();
    }
}
