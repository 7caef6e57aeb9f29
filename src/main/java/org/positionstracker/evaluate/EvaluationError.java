package org.positionstracker.evaluate;

/**
 * One thing the extractor got wrong, at the overlap threshold.
 *
 * @param article           the article's name
 * @param kind              missed (a gold statement no prediction matches), wrong (a prediction
 *                          matching no gold statement), wrong-speaker, topics, stance, or failed
 *                          (the extractor threw on the article)
 * @param goldKind          quoted-speech, reported-speech, quoted-other or reported-other; null for a wrong statement
 * @param start             start offset of the text in the article
 * @param text              the gold or predicted content
 * @param rule              the rule that produced the prediction, or null
 * @param goldSpeaker       the annotated speaker, or null
 * @param predictedSpeaker  the predicted speaker, or null
 * @param cue               the gold cue, or null
 * @param overlap           the best overlap with the other side (0 when nothing overlaps)
 * @param detail            what differs, in words, for topics and stances
 */
public record EvaluationError(String article, String kind, String goldKind, int start, String text, String rule,
                              String goldSpeaker, String predictedSpeaker, String cue, double overlap, String detail) {
}
