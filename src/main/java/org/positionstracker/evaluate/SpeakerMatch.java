package org.positionstracker.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.positionstracker.extract.ExtractedStatement;
import org.positionstracker.extract.TextSpan;

/**
 * Whether a predicted speaker is the annotated one.
 * <ul>
 *   <li>Gold with a source span (brat): right when the predicted speaker's mention overlaps the
 *       source span (so "he" is judged by where the extractor found it), or when the head word (last
 *       content word) of one name is among the content words of the other ("Spokeswoman Haley
 *       Morris" and "Haley Morris"; "the Trump campaign" and "Donald Trump"; not "President Obama"
 *       and "President Trump"). A pronoun source ("he") also accepts the nearest named source
 *       before it in the article, as the brat reader records it.</li>
 *   <li>Gold without spans (gold JSON): right when the predicted canonical name equals the speaker
 *       or one of its alternatives, ignoring case, a leading article and final punctuation.</li>
 * </ul>
 * Names are first mapped through the codebook ({@link ActorNameMap}): a gold "Sergei Lavrov" is
 * the codebook actor "Sergey Lavrov" the extractor stores.
 */
final class SpeakerMatch {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "of", "for", "in", "on", "at", "to", "from", "by", "with",
            "and", "or", "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "hers",
            "its", "their", "our", "my", "your", "who", "which", "whom", "whose", "one", "some", "many", "most", "other",
            "others", "mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "jr.", "jr", "sr.");

    private SpeakerMatch() {
    }

    static boolean matches(GoldStatement gold, ExtractedStatement predicted, String text) {
        return matches(gold, predicted, text, ActorNameMap.NONE);
    }

    static boolean matches(GoldStatement gold, ExtractedStatement predicted, String text, ActorNameMap names) {
        String canonical = predicted.speaker() == null ? null : names.canonical(predicted.speaker().canonicalName());
        if (!gold.sourceSpans().isEmpty()) {
            TextSpan mention = predicted.speakerMention();
            if (mention != null)
                for (TextSpan source : gold.sourceSpans())
                    if (mention.overlaps(source)) return true;
            List<String> predictedNames = new ArrayList<>();
            if (canonical != null) predictedNames.add(canonical);
            if (mention != null && mention.end() <= text.length()) predictedNames.add(mention.coveredText(text));
            for (String goldName : gold.speakerNames())
                for (String name : predictedNames)
                    if (headsAgree(names.canonical(goldName), name)) return true;
            return false;
        }
        if (canonical == null) return false;
        String key = nameKey(canonical);
        return gold.speakerNames().stream().anyMatch(n -> nameKey(names.canonical(n)).equals(key));
    }

    static boolean headsAgree(String a, String b) {
        List<String> wa = contentWords(a);
        List<String> wb = contentWords(b);
        if (wa.isEmpty() || wb.isEmpty()) return false;
        return wb.contains(wa.get(wa.size() - 1)) || wa.contains(wb.get(wb.size() - 1));
    }

    static List<String> contentWords(String s) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (m.find()) {
            String w = m.group().replaceAll("'s$|'$", "").replaceAll("[.]$", "");
            if (!w.isEmpty() && !FUNCTION_WORDS.contains(w) && !FUNCTION_WORDS.contains(w + ".")) words.add(w);
        }
        return words;
    }

    static String nameKey(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        k = k.replaceAll("^(the|a|an) ", "");
        return k.replaceAll("[\\s.,;:]+$", "");
    }
}
