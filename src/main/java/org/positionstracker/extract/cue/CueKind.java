package org.positionstracker.extract.cue;

/** What kind of words report speech; the kind decides where a rule looks for the speaker and the content. */
public enum CueKind {
    /** A reporting verb with a clause after it: "said", "argued that", "told reporters". */
    VERB,
    /** A speech act whose object is what was said: "ruled out", "called for", "urged X to", "described X as". */
    SPEECH_ACT,
    /** A participle after a comma, its speaker the clause's subject: ", saying ...", ", noting that ...". */
    PARTICIPLE,
    /** A noun with a possessive before and "that" after: "his demand that". */
    NOUN,
    /** "according to X". */
    ACCORDING_TO,
    /** An attribution of the sentence before: "This was stated by the mayor's aide." */
    NEXT_SENTENCE,
    /** A speech verb closing its sentence with a colon, lines or bullets under it: "He listed several points:". */
    LIST
}
