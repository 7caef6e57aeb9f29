package org.positionstracker.extract;

/** A reporting verb of a sentence with its speaker as found by {@link VerbSubjects}; token indexes are of that sentence. */
final class VerbAttribution {
    /** How the speaker was found: it names the statement's rule. */
    enum Kind { LEFT, INVERTED, RELATIVE, COORDINATED, PRONOUN, ACCORDING }

    final ReportingVerbs.Cue cue;
    Kind kind;
    /** The words naming the speaker (set by the sieve that finds it). */
    org.positionstracker.extract.doc.TokenSpan subject;
    SpeakerResolver.Resolved speaker;
    String pronoun;
    int after;
    Integer cut;           // token where this attribution starts cutting an earlier clause, or null
    boolean trailing;      // the attribution closes its sentence: "..., the official said."

    VerbAttribution(ReportingVerbs.Cue cue) {
        this.cue = cue;
        this.after = cue.to();
    }
}
