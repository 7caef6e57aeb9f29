package org.positionstracker.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a statement search: letters and digits, lower case; everything else separates
 * words, as PostgreSQL's text parser splits them. A statement matches when every word occurs in
 * it as a whole word ("war" does not find "warned"), in any case, in any order.
 */
public record SearchWords(List<String> words) {
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    public SearchWords {
        words = List.copyOf(words);
        if (words.isEmpty()) throw new IllegalArgumentException("--search: give at least one word (letters or digits)");
    }

    public static SearchWords parse(String text) {
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !words.contains(w)) words.add(w);
        }
        return new SearchWords(words);
    }

    /** For H2's REGEXP_LIKE (Java regular expressions): the word, not inside a longer word, in any case. */
    String wholeWordRegex(String word) {
        return "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])";
    }

    /** For PostgreSQL's plainto_tsquery: the words, which it joins with AND. */
    String asPlainQuery() {
        return String.join(" ", words);
    }
}
