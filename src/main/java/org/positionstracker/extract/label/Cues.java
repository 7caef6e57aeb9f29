package org.positionstracker.extract.label;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.positionstracker.topic.Stance;
import org.positionstracker.extract.lexicon.Lexicons;

/**
 * The word lists the labeler reads: generic stance cues ({@code stance-cues.txt}, the fallback
 * for topics without frames), and the fixed phrases of negation, demand, threat, condition and
 * refusal to comment.
 */
final class Cues {
    static final PhraseIndex<Stance> GENERIC = new PhraseIndex<>();

    static {
        for (String line : lines("stance-cues.txt")) {
            String[] p = line.split("\t");
            if (p.length >= 2) GENERIC.add(p[1].strip(), Stance.valueOf(p[0].strip()));
        }
    }

    /** Words that negate what follows them in their clause. */
    static final Set<String> NEGATORS = Lexicons.words(Lexicons.DIR + "label-cues-negators.txt");

    /** Verbs and nouns that turn what they govern into its opposite ("refuse to cede", "preventing any agreement that legitimises"). */
    static final PhraseIndex<Boolean> NEGATING = phrases("reject*", "refus*", "oppose|opposition", "prevent*", "block", "veto",
            "rule out", "no question of", "against", "resist", "condemn*", "denounce*", "dismiss", "not a single", "no one", "stop", "halt",
            "avoid", "exclude", "excluded", "forbid*", "ban", "rather than", "instead of", "give|gives|giving|gave up", "abandon*",
            "renounce*", "forgo|forgoes|forgoing", "drop|drops|dropped|dropping");

    /** Words after a frame that deny it ("giving up land is out of the question"). */
    static final PhraseIndex<Boolean> DENIED_AFTER = phrases("unacceptable", "out of the question", "off the table",
            "not an option", "no option", "not on the table", "impossible", "not possible", "will not happen", "won't happen", "never happen",
            "non-starter", "nonstarter", "not on the agenda", "a red line", "excluded", "ruled out", "illegal", "illegitimate",
            "a mistake", "a grave|serious|big|historic mistake", "a disaster", "a catastrophe", "a betrayal", "a gift to",
            "a sign of weakness", "cost lives", "cost ... lives", "reckless", "dangerous");

    /** Words after a frame that insist on it ("our territorial claims are not up for debate"). */
    static final PhraseIndex<Boolean> INSISTED_AFTER = phrases("not|never up for debate|discussion|negotiation|grabs",
            "non-negotiable", "essential", "imperative", "indispensable", "a must", "a priority", "a precondition",
            "a prerequisite", "must", "will have to", "has to", "have to");

    /** Demand modality before a frame ("must leave", "we demand that they withdraw"). */
    static final PhraseIndex<Boolean> DEMANDING = phrases("must", "should", "need|needs|needed to", "need|needs|needed", "has|have|had to",
            "ought to", "demand*", "insist*", "require*", "call|calls|called|calling for|on", "urge*", "ultimatum",
            "expect|expects|expected", "want|wants|wanted", "priority|priorities", "will have to", "is|are obliged to", "let them");

    /** A reporting verb that is itself a demand ("urged Washington to commit", "called for new measures"): it governs the content. */
    static final PhraseIndex<Boolean> DEMANDING_REPORT = phrases("urge|urges|urged|urging", "call|calls|called|calling for|on",
            "demand|demands|demanded|demanding", "insist|insists|insisted|insisting on|that");

    /** A reporting verb that rejects what it reports ("rejected calls for a ceasefire", "denied that Washington was choosing"). */
    static final PhraseIndex<Boolean> NEGATING_REPORT = phrases("reject|rejects|rejected|rejecting", "refuse|refuses|refused|refusing",
            "dismiss|dismisses|dismissed|dismissing", "deny|denies|denied|denying", "rule|rules|ruled|ruling out",
            "oppose|opposes|opposed|opposing");

    /** A threat to act: a threat is a demand on the claim it would enforce. */
    static final PhraseIndex<Boolean> THREATS = phrases("by force", "by military means", "militarily", "on the battlefield",
            "or else", "otherwise", "one way or another", "will have no choice", "by other means", "warn*");

    /** Conditions under which only the speaker agrees ("only if", "unless", "without that, no"). */
    static final PhraseIndex<Boolean> ONLY_IF = phrases("only if|when|after|once", "unless", "provided|providing that",
            "provided|providing", "on condition|conditions", "on the condition",
            "without that|this|it|which|them|these|those|such , no", "without that|this|such", "depend|depends|depending|dependent on|upon",
            "subject to", "but only", "in principle", "conditional|conditionally", "precondition|preconditions",
            "only accept*|agree*|sign*|support*", "without that|this|it|which|them|these|those|such , there can|will|would|could be no");

    /** Conditions that leave an outright refusal a refusal ("as long as I am in office, never"). */
    static final PhraseIndex<Boolean> IF = phrases("if", "as|so long as", "in case", "in exchange|return for");

    /** "Until": a frame inside its clause is what the speaker insists on ("we will fight on until they withdraw"). */
    static final PhraseIndex<Boolean> UNTIL = phrases("until", "till", "unless and until");

    /** A refusal to answer: the sentence reports no statement. */
    static final PhraseIndex<Boolean> NO_COMMENT = phrases(
            "declin* to comment|answer|say|elaborate|discuss|confirm|specify|speculate|disclose|respond|reply|give|be",
            "refus* to comment|answer|say|elaborate|discuss|confirm|specify|speculate|disclose|respond|reply|be",
            "would|did|could|does|do not comment|say|confirm|elaborate|specify|disclose|speculate|answer",
            "wouldn't|didn't|couldn't|doesn't|don't comment|say|confirm|elaborate|specify|disclose|speculate|answer",
            "no comment", "not comment", "declined comment", "did not immediately respond|reply", "did not respond|reply|return",
            "not available for comment", "not immediately available", "would not be drawn", "did not answer",
            "left unanswered", "sidestepped|dodged|evaded the question");

    private Cues() {
    }

    private static PhraseIndex<Boolean> phrases(String... phrases) {
        PhraseIndex<Boolean> index = new PhraseIndex<>();
        for (String p : phrases) index.add(p, Boolean.TRUE);
        return index;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Cues.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing labeler resource " + resource);
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (!line.isBlank() && !line.strip().startsWith("#")) out.add(line.replace("\r", ""));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
