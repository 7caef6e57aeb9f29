package org.positionstracker.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.TopicStance;
import org.positionstracker.statement.Mode;
import org.positionstracker.topic.Stance;

/** An extractor that "finds" exactly the statements a test lists, located by their text. */
final class FakeExtractor implements StatementExtractor {
    record Planned(String content, String speaker, String mention, String topic, Stance stance) {
    }

    private final List<Planned> planned = new ArrayList<>();

    FakeExtractor says(String speaker, String mention, String content) {
        planned.add(new Planned(content, speaker, mention, null, null));
        return this;
    }

    FakeExtractor says(String speaker, String content, String topic, Stance stance) {
        planned.add(new Planned(content, speaker, null, topic, stance));
        return this;
    }

    @Override
    public Extraction extract(String text) {
        List<ExtractedStatement> out = new ArrayList<>();
        for (Planned p : planned) {
            int at = text.indexOf(p.content());
            if (at < 0) throw new IllegalStateException("test text lacks: " + p.content());
            TextSpan content = new TextSpan(at, at + p.content().length());
            TextSpan mention = null;
            if (p.mention() != null) {
                int m = text.indexOf(p.mention());
                mention = new TextSpan(m, m + p.mention().length());
            }
            List<TopicStance> topics = p.topic() == null ? List.of()
                    : List.of(new TopicStance(p.topic(), p.stance(), content, null));
            out.add(new ExtractedStatement(1, Mode.DIRECT, content, p.content(),
                    new SpeakerRef(p.speaker(), ActorKind.PERSON, null, null, false), mention, null, topics, "fake-rule"));
        }
        out.sort((a, b) -> Integer.compare(a.content().start(), b.content().start()));
        return new Extraction(out, out.stream().map(ExtractedStatement::speaker).distinct().toList());
    }
}
