package org.positionstracker.extract;

import java.util.List;
import java.util.Optional;
import org.positionstracker.extract.doc.TokenSpan;

/**
 * One way of finding a reporting verb's speaker. The sieves of {@link VerbSubjects#SIEVES} are
 * asked in order; the first that {@linkplain #applies applies} decides, also when it finds nobody
 * (then the verb reports nothing).
 */
interface SubjectSieve {
    /**
     * What the sieves see of one verb: its sentence, the cue, the attributions found before it in
     * the sentence, {@code left} the token right before the subject's end once auxiliaries, adverbs
     * and the asides between commas are passed over (-1 at the sentence start), and the appositive
     * role passed over on the way, if any; {@code nameComma} the comma
     * before a name between commas that follows a role ("the EU's trade commissioner, Katarina
     * Lindqvist, said"; {@code left} is then the comma after the name), else -1.
     */
    record Site(VerbSubjects v, ReportingVerbs.Cue cue, List<VerbAttribution> before, int left, Optional<TokenSpan> appositive,
                int nameComma) {
        /** The lower-case word at {@code left}, or "". */
        String leftWord() {
            return left >= 0 ? v.t.get(left).lower() : "";
        }
    }

    boolean applies(Site site);

    /** The attribution, or null when the sieve applies but names nobody. */
    VerbAttribution find(Site site);
}
