package org.positionstracker.extract.cue;

import java.util.Objects;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

/** Words of one sentence that report speech, and of which kind. */
public record Cue(CueKind kind, TokenSpan words) {
    public Cue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
    }

    public int from() {
        return words.from();
    }

    public int to() {
        return words.to();
    }

    public TextSpan span(DocSentence s) {
        return new TextSpan(s.word(from()).span().start(), s.word(to() - 1).span().end());
    }
}
