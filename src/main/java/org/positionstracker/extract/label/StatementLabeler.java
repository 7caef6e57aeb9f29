package org.positionstracker.extract.label;

import java.util.List;
import org.positionstracker.extract.TopicStance;

/**
 * Puts one statement on codebook topics and decides its stance on each topic's claim. Pure and
 * thread-safe; never throws on any input. The attribution step finds statements; this step only
 * labels them, so the two can change apart.
 */
public interface StatementLabeler {
    /** The statement's topics, at most one per slug, in order of first mention; spans index {@link LabelInput#text()}. */
    List<TopicStance> label(LabelInput input);

    /**
     * True when the statement reports that the speaker gave no answer ("declined to comment on the
     * plan", "would not say whether ..."): it carries no position, {@link #label} returns no topics
     * for it, and the attribution step should not store it.
     */
    default boolean isNonStatement(LabelInput input) {
        return false;
    }
}
