package org.positionstracker.extract.quote;

/** What a quotation is: someone's words, or words the writer only marks. */
public enum QuoteKind {
    /** Words someone said or wrote: a candidate statement. */
    SPEECH,
    /** The title of a work, a headline, a document's name. */
    TITLE,
    /** A name or label given to something: 'dubbed "Project Freedom"', 'the slogan "Question More"'. */
    NICKNAME,
    /** A few words marked as someone's term or held at a distance, with no speech cue: 'a "fair" deal'. */
    SCARE
}
