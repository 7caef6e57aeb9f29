package org.positionstracker.extract.reported;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.positionstracker.extract.DocumentBuilder;
import org.positionstracker.extract.doc.DocSentence;
import org.positionstracker.extract.doc.TokenSpan;

class SubjectsTests {
    /** The words of the sentence subject found before the first word {@code cue} of the one-sentence {@code text}, or null. */
    private static String subjectBefore(String text, String cue) {
        DocSentence s = DocumentBuilder.build(text).sentences().get(0);
        int before = s.wordAt(text.indexOf(cue));
        TokenSpan subject = Subjects.sentenceSubject(s, before, new boolean[s.size()]);
        return subject == null ? null : text.substring(s.word(subject.from()).span().start(), s.word(subject.to() - 1).span().end());
    }

    @Test
    void nameBeforeAppositive_isTheSubjectOfAFiniteCue() {
        assertEquals("Ann Reed", subjectBefore("Ann Reed, the port director under Mayor Lind, criticized the plan as reckless.", "criticized"));
    }

    @Test
    void participleWithoutVerbBefore_hasNoSubject() {
        assertNull(subjectBefore("Ann Reed, the port director, saying the plan was reckless.", "saying"));
    }

    @Test
    void nameBeforeDashInterrupter_isTheSubject() {
        assertEquals("Ann Reed", subjectBefore("Ann Reed -- whose office drew up the toll -- has criticized it, saying it was rushed.", "saying"));
    }

    @Test
    void timeBeforeTheComma_isNoSubject() {
        assertNull(subjectBefore("Tuesday, the director left the room, saying the plan was reckless.", "saying"));
    }

    @Test
    void nameBeforeRelativeClause_isTheSubject() {
        assertEquals("Tom Vale", subjectBefore("Tom Vale, who chairs the board, left the room, saying the plan was sound.", "saying"));
    }

    private static String apposedBefore(String text, String cue) {
        DocSentence s = DocumentBuilder.build(text).sentences().get(0);
        TokenSpan subject = Subjects.beforeAppositive(s, s.wordAt(text.indexOf(cue)), new boolean[s.size()]);
        return subject == null ? null : text.substring(s.word(subject.from()).span().start(), s.word(subject.to() - 1).span().end());
    }

    @Test
    void nameBeforeAppositiveInALaterClause_isTheSubjectOfAFiniteCue() {
        assertEquals("Tom Vale", apposedBefore("Ann Reed signed the order, while Tom Vale, the former mayor, proposed a new toll.", "proposed"));
        assertEquals("Harbour officials", apposedBefore("Harbour officials have, in fact, praised the plan as bold.", "praised"));
    }

    @Test
    void participleAfterAppositive_hasNoSuchSubject() {
        assertNull(apposedBefore("Ann Reed signed the order, while Tom Vale, the former mayor, proposing a new toll.", "proposing"));
    }
}
