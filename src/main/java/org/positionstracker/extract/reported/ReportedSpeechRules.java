package org.positionstracker.extract.reported;

import java.util.List;

/** The rules in the order they run: the most specific patterns first. */
public final class ReportedSpeechRules {
    public static final List<ReportedSpeechRule> DEFAULT = List.of(
            new NextSentenceRule(),
            new ListUnderAttributionRule(),
            new AccordingToRule(),
            new SpeechNounRule(),
            new SpeechActObjectRule(),
            new ParticipleRule(),
            new ClauseThenAttributionRule(),
            new CoordinatedVerbRule(),
            new SubjectVerbClauseRule(),
            new InterruptedSubjectRule());

    private ReportedSpeechRules() {
    }
}
