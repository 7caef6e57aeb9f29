package org.positionstracker.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.positionstracker.actor.ActorKind;
import org.positionstracker.codebook.CodebookLoader;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.Extraction;
import org.positionstracker.extract.SpeakerRef;
import org.positionstracker.extract.StatementExtractor;
import org.positionstracker.extract.TextSpan;
import org.positionstracker.statement.Mode;

/** A discovered actor stored as "other" takes the kind a later article gives it; a decided kind stays. */
class ActorKindLearningIntegrationTests extends InMemoryImport {

    /** Every article's first line names the speaker's kind, the second is one statement by "Halvorsen". */
    private static final class KindScript implements StatementExtractor {
        @Override
        public Extraction extract(String text) {
            return halvorsen(text);
        }
    }

    private static Extraction halvorsen(String text) {
        ActorKind kind = ActorKind.fromCode(text.substring(0, text.indexOf('\n')));
        int start = text.indexOf('\n') + 1;
        SpeakerRef ref = new SpeakerRef("Halvorsen", kind, null, null, false);
        TextSpan content = new TextSpan(start, text.length());
        return new Extraction(List.of(new ExtractedStatement(2, Mode.INDIRECT, content, content.coveredText(text), ref,
                null, null, List.of(), "scripted")), List.of(ref));
    }

    @Test
    void actorStoredAsOther_learnsTheKindOfALaterArticle_andKeepsIt() throws Exception {
        importer = new ArticleImporter(db, CodebookLoader.bundled(), new KindScript());

        importAll(write("a.txt", "other\nthe quota is too low"));
        List<String> first = rows("SELECT kind FROM actor WHERE canonical_name = 'Halvorsen'");
        importAll(write("b.txt", "person\nthe quota is far too low"));
        List<String> second = rows("SELECT kind FROM actor WHERE canonical_name = 'Halvorsen'");
        importAll(write("c.txt", "organisation\nthe quota must rise"));
        List<String> third = rows("SELECT kind FROM actor WHERE canonical_name = 'Halvorsen'");

        assertEquals(List.of("other"), first);
        assertEquals(List.of("person"), second);
        assertEquals(List.of("person"), third);
    }
}
