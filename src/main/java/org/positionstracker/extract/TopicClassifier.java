package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.TopicEntry;
import org.positionstracker.extract.label.ClaimLabeler;

/**
 * Puts statements on codebook topics by keyword. Keywords are matched on whole tokens,
 * case-insensitively, a trailing {@code *} matching any word ending; where keywords overlap the
 * longest wins ("territorial integrity" is sovereignty, not territory). A keyword listed under
 * several topics counts for each. {@link #occurrences} gives every occurrence of each topic (the
 * statement's stance then picks one, see {@link StanceDetector#choose}); keywords of one topic
 * in the same noun phrase ("occupied eastern regions") are one occurrence, at the first keyword.
 */
final class TopicClassifier {

    /** A topic found at tokens [from, to). */
    record Hit(String slug, int from, int to) {
    }

    private final PhraseLexicon<List<String>> lexicon = new PhraseLexicon<>();
    private final ClaimLabeler labeler;

    TopicClassifier(Codebook codebook) {
        this.labeler = new ClaimLabeler(codebook);
        Map<String, List<String>> slugsByKeyword = new LinkedHashMap<>();
        for (TopicEntry topic : codebook.topics()) {
            for (String kw : topic.keywords()) {
                if (kw == null || kw.isBlank()) continue;
                List<String> slugs = slugsByKeyword.computeIfAbsent(Lexicon.norm(kw.strip()), k -> new ArrayList<>());
                if (!slugs.contains(topic.slug())) slugs.add(topic.slug());
            }
        }
        slugsByKeyword.forEach((kw, slugs) -> lexicon.add(kw, List.copyOf(slugs)));
    }

    /** The claim labeler that replaces these keyword rules in the statement finder (extract/label). */
    ClaimLabeler labeler() {
        return labeler;
    }

    /**
     * The occurrences of each topic in tokens [from, to): topics in order of their first keyword,
     * each with its occurrences in text order. A keyword at most two words after an earlier one
     * of the same topic, with only words between, continues that occurrence's noun phrase and is
     * not a new occurrence.
     */
    Map<String, List<Hit>> occurrences(List<Token> tokens, int from, int to) {
        Map<String, List<Hit>> out = new LinkedHashMap<>();
        for (PhraseLexicon.Match<List<String>> m : lexicon.findAll(tokens, from, to)) {
            for (String slug : m.payload()) {
                List<Hit> hits = out.computeIfAbsent(slug, k -> new ArrayList<>());
                if (!hits.isEmpty() && samePhrase(tokens, hits.get(hits.size() - 1), m.from())) continue;
                hits.add(new Hit(slug, m.from(), m.to()));
            }
        }
        return out;
    }

    private static boolean samePhrase(List<Token> tokens, Hit last, int from) {
        if (from - last.to() > 2) return false;
        for (int k = last.to(); k < from; k++) {
            Token x = tokens.get(k);
            if (!x.word() || x.is("and") || x.is("or") || x.is("but")) return false;
        }
        return true;
    }
}
