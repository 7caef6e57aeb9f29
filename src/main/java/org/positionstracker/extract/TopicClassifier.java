package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.codebook.TopicEntry;

/**
 * Puts statements on codebook topics by keyword. Keywords are matched on whole tokens,
 * case-insensitively, a trailing {@code *} matching any word ending; where keywords overlap the
 * longest wins ("territorial integrity" is sovereignty, not territory). A topic is reported once,
 * at its first keyword; a keyword listed under several topics counts for each.
 */
final class TopicClassifier {

    /** A topic found at tokens [from, to). */
    record Hit(String slug, int from, int to) {
    }

    private final PhraseLexicon<List<String>> lexicon = new PhraseLexicon<>();

    TopicClassifier(Codebook codebook) {
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

    /** The topics of tokens [from, to), in order of their first keyword. */
    List<Hit> find(List<Token> tokens, int from, int to) {
        List<Hit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (PhraseLexicon.Match<List<String>> m : lexicon.findAll(tokens, from, to)) {
            for (String slug : m.payload()) {
                if (seen.add(slug)) out.add(new Hit(slug, m.from(), m.to()));
            }
        }
        return out;
    }
}
