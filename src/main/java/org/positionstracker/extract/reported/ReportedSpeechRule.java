package org.positionstracker.extract.reported;

import java.util.List;

/**
 * One pattern of reported speech around a cue. Rules run in the order of
 * {@link ReportedSpeechRules#DEFAULT}; the first that answers for a cue wins, and its
 * {@link #name()} is stored as the statement's rule.
 */
public interface ReportedSpeechRule {
    /** Short, stable, kebab-case: stored with every statement the rule produces. */
    String name();

    /** The statements this cue reports (a list under one attribution has several), or none when this pattern does not apply. */
    List<Report> apply(ReportedInput in);
}
