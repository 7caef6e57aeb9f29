package org.positionstracker.evaluate;

/** Topic and stance counts over the gold statements that were found and carry topics. */
final class TopicTally {
    int statements;
    int rightTopics;
    int extraTopics;
    int missedTopics;
    int stancePairs;
    int stanceRight;
    int stancePairsWithTopic;

    void add(TopicTally o) {
        statements += o.statements;
        rightTopics += o.rightTopics;
        extraTopics += o.extraTopics;
        missedTopics += o.missedTopics;
        stancePairs += o.stancePairs;
        stanceRight += o.stanceRight;
        stancePairsWithTopic += o.stancePairsWithTopic;
    }

    Scores.Topics scores() {
        if (statements == 0) return null;
        Scores.Ratio precision = Scores.Ratio.of(rightTopics, rightTopics + extraTopics);
        Scores.Ratio recall = Scores.Ratio.of(rightTopics, rightTopics + missedTopics);
        return new Scores.Topics(statements, precision, recall, Scores.f1(precision.value(), recall.value()),
                Scores.Ratio.of(stanceRight, stancePairs), Scores.Ratio.of(stanceRight, stancePairsWithTopic));
    }
}
