package org.positionstracker.extract;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.codebook.Codebook;
import org.positionstracker.extract.label.LabelInput;
import org.positionstracker.extract.label.StatementLabeler;

/**
 * The v3 topic and stance rules behind the {@link StatementLabeler} contract: codebook keywords
 * in the content, generic stance cues in the content. It does not know which cues other parties
 * own (the v3 finder did, through its speaker resolver).
 */
public final class KeywordLabeler implements StatementLabeler {
    private final TopicClassifier topics;

    public KeywordLabeler(Codebook codebook) {
        this.topics = new TopicClassifier(codebook);
    }

    @Override
    public List<TopicStance> label(LabelInput in) {
        List<Token> tokens = WordTokenizer.tokenize(in.text(), in.content().start(), in.content().end());
        List<TopicStance> out = new ArrayList<>();
        List<StanceDetector.Cue> cues = StanceDetector.cues(tokens, 0, tokens.size());
        for (List<TopicClassifier.Hit> hits : topics.occurrences(tokens, 0, tokens.size()).values()) {
            List<StanceDetector.Choice> choices = new ArrayList<>(hits.size());
            for (TopicClassifier.Hit h : hits)
                choices.add(new StanceDetector.Choice(h.from(), h.to(), StanceDetector.decide(cues, tokens, h.from(), h.to())));
            StanceDetector.Choice c = StanceDetector.choose(choices, tokens);
            StanceDetector.Decision d = c.decision();
            TextSpan kw = new TextSpan(tokens.get(c.from()).start(), tokens.get(c.to() - 1).end());
            TextSpan cue = d.cue() == null ? null
                    : new TextSpan(tokens.get(d.cue().from()).start(), tokens.get(d.cue().to() - 1).end());
            out.add(new TopicStance(hits.get(0).slug(), d.stance(), kw, cue));
        }
        return out;
    }
}
