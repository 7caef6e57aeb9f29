package org.positionstracker.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.positionstracker.extract.TextSpan;

/**
 * Reads attributions from a brat standoff file, as PolNeAR and brat users write them: text-bound
 * annotations of type Source, Cue and Content ({@code T3<TAB>Content 226 297<TAB>text}, several
 * fragments separated by {@code ;}), tied by events ({@code E1<TAB>Attribution:T4 Content:T3
 * Cue:T2 Source:T1}) or by relations ({@code R1<TAB>Says Arg1:T1 Arg2:T3}; the annotations a chain
 * of relations connects form one attribution). An event's roles are read from the types of the
 * annotations it names, so {@code Content2:T9} is a second content fragment. Other annotation types
 * (Discuss, Discard, notes) are ignored; lines that are not annotations (the rest of a note that
 * spans lines) are skipped.
 */
final class BratReader {
    private record Bound(String id, String type, List<TextSpan> spans, String recorded) {
    }

    /** A text-bound annotation as written, its offsets not yet read in any convention. */
    private record RawBound(String id, String type, int[] offsets, String recorded, int line) {
    }

    private final SpeechCues speechCues;

    BratReader(SpeechCues speechCues) {
        this.speechCues = speechCues;
    }

    GoldArticle read(String name, String text, Path annFile, List<String> lines) {
        List<RawBound> raw = new ArrayList<>();
        List<List<String>> groups = new ArrayList<>();
        Map<String, String> unionParent = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int unusable = 0;
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[0].isEmpty()) continue;
            char kind = f[0].charAt(0);
            if (kind == 'T' && f.length >= 3) {
                RawBound b = parseBound(f, lineNo);
                if (b == null) {
                    unusable++;
                    addProblem(problems, annFile + ":" + lineNo + ": unreadable span: " + f[1]);
                } else {
                    raw.add(b);
                }
            } else if (kind == 'E') {
                List<String> ids = new ArrayList<>();
                for (String arg : f[1].trim().split("\\s+")) {
                    int colon = arg.lastIndexOf(':');
                    if (colon > 0) ids.add(arg.substring(colon + 1));
                }
                groups.add(ids);
            } else if (kind == 'R') {
                String[] args = f[1].trim().split("\\s+");
                String first = null;
                for (int i = 1; i < args.length; i++) {
                    int colon = args[i].lastIndexOf(':');
                    if (colon < 0) continue;
                    String id = args[i].substring(colon + 1);
                    if (first == null) first = id;
                    else union(unionParent, first, id);
                }
            }
        }
        if (!unionParent.isEmpty()) {
            Map<String, List<String>> byRoot = new LinkedHashMap<>();
            for (String id : unionParent.keySet()) byRoot.computeIfAbsent(find(unionParent, id), k -> new ArrayList<>()).add(id);
            groups.addAll(byRoot.values());
        }

        OffsetConvention convention = conventionOf(text, raw);
        if (convention != OffsetConvention.UTF16)
            addProblem(problems, annFile + ": offsets read as counting " + convention.description());
        int[] index = convention.toJavaIndexes(text);
        Map<String, Bound> bounds = new LinkedHashMap<>();
        for (RawBound r : raw) {
            Bound b = resolve(r, index);
            if (b == null) {
                unusable++;
                addProblem(problems, annFile + ":" + r.line() + ": span outside the text: " + r.type() + " " + r.offsets()[0]);
            } else {
                bounds.put(b.id(), b);
            }
        }

        int checked = 0;
        int mismatches = 0;
        for (Bound b : bounds.values()) {
            checked++;
            if (!recordedTextMatches(text, b)) {
                mismatches++;
                addProblem(problems, annFile + ": " + b.id() + " " + b.type() + " " + b.spans().get(0).start()
                        + " is recorded as '" + abbreviate(b.recorded()) + "' but the text there is '"
                        + abbreviate(covered(text, b.spans())) + "'");
            }
        }

        List<GoldStatement> statements = new ArrayList<>();
        Set<String> linkedContents = new HashSet<>();
        for (List<String> group : groups) {
            List<TextSpan> content = new ArrayList<>();
            List<TextSpan> source = new ArrayList<>();
            List<String> sourceTexts = new ArrayList<>();
            List<String> cues = new ArrayList<>();
            for (String id : group) {
                Bound b = bounds.get(id);
                if (b == null) continue;
                switch (b.type()) {
                    case "Content" -> {
                        content.addAll(b.spans());
                        linkedContents.add(id);
                    }
                    case "Source" -> {
                        source.addAll(b.spans());
                        sourceTexts.add(covered(text, b.spans()));
                    }
                    case "Cue" -> cues.add(covered(text, b.spans()));
                    default -> {
                    }
                }
            }
            if (content.isEmpty()) continue;
            content.sort((a, c) -> Integer.compare(a.start(), c.start()));
            String cue = cues.isEmpty() ? null : String.join(" … ", cues);
            boolean quoted = content.stream().anyMatch(s -> Quotations.isQuoted(text, s.start(), s.end()));
            statements.add(new GoldStatement(content, false, source, sourceTexts, cue, quoted,
                    speechCues.isSpeech(cue), null, null, null));
        }
        for (Bound b : bounds.values())
            if (b.type().equals("Content") && !linkedContents.contains(b.id())) unusable++;
        statements = withAntecedents(statements, text);
        statements.sort((a, c) -> Integer.compare(a.start(), c.start()));
        return new GoldArticle(name, annFile, text, statements, new GoldCheck(checked, mismatches, unusable, problems));
    }

    /**
     * PolNeAR marks a pronoun source ("he") without its referent. So that a speaker resolved to
     * the right person is not judged wrong, a source without a content word also accepts the
     * nearest non-pronoun source before it in the article; a relative pronoun ("Ana Lind, who
     * told ...") accepts the words before it in its sentence.
     */
    private static List<GoldStatement> withAntecedents(List<GoldStatement> statements, String text) {
        List<GoldStatement> bySource = statements.stream().filter(g -> !g.sourceSpans().isEmpty())
                .sorted((a, c) -> Integer.compare(a.sourceSpans().get(0).start(), c.sourceSpans().get(0).start())).toList();
        Map<GoldStatement, String> antecedent = new HashMap<>();
        String lastName = null;
        for (GoldStatement g : bySource) {
            boolean pronoun = g.speakerNames().stream().allMatch(n -> SpeakerMatch.contentWords(n).isEmpty());
            String relative = RELATIVE_PRONOUNS.contains(g.speakerNames().get(0).strip().toLowerCase(java.util.Locale.ROOT))
                    ? textBefore(text, g.sourceSpans().get(0).start()) : null;
            if (relative != null && !SpeakerMatch.contentWords(relative).isEmpty()) antecedent.put(g, relative);
            else if (!pronoun) lastName = g.speakerNames().get(g.speakerNames().size() - 1);
            else if (lastName != null) antecedent.put(g, lastName);
        }
        List<GoldStatement> out = new ArrayList<>();
        for (GoldStatement g : statements) {
            String name = antecedent.get(g);
            if (name == null) {
                out.add(g);
                continue;
            }
            List<String> names = new ArrayList<>(g.speakerNames());
            names.add(name);
            out.add(new GoldStatement(g.content(), g.snippetOnly(), g.sourceSpans(), names, g.cue(), g.quoted(),
                    g.speechCue(), g.topics(), g.stances(), g.note()));
        }
        return out;
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that");

    /** The words before a relative pronoun, back to the start of its sentence, at most 80 characters. */
    private static String textBefore(String text, int at) {
        int from = Math.max(0, at - 80);
        String before = text.substring(from, at);
        int cut = Math.max(Math.max(before.lastIndexOf(". "), before.lastIndexOf('\n')), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
        return (cut >= 0 ? before.substring(cut + 1) : before).replaceAll("[\\s,;(]+$", "").strip();
    }

    private static RawBound parseBound(String[] f, int line) {
        int space = f[1].indexOf(' ');
        if (space < 0) return null;
        String[] fragments = f[1].substring(space + 1).split(";");
        int[] offsets = new int[fragments.length * 2];
        try {
            for (int i = 0; i < fragments.length; i++) {
                String[] se = fragments[i].trim().split("\\s+");
                if (se.length != 2) return null;
                offsets[2 * i] = Integer.parseInt(se[0]);
                offsets[2 * i + 1] = Integer.parseInt(se[1]);
                if (offsets[2 * i] < 0 || offsets[2 * i + 1] < offsets[2 * i]) return null;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return new RawBound(f[0], f[1].substring(0, space), offsets, f[2], line);
    }

    /** Null when an offset lies beyond the text in that convention. */
    private static Bound resolve(RawBound r, int[] index) {
        List<TextSpan> spans = new ArrayList<>();
        for (int i = 0; i < r.offsets().length; i += 2) {
            if (r.offsets()[i + 1] >= index.length) return null;
            spans.add(new TextSpan(index[r.offsets()[i]], index[r.offsets()[i + 1]]));
        }
        return new Bound(r.id(), r.type(), spans, r.recorded());
    }

    /** The convention under which most recorded texts equal the text at their offsets; Java's on a tie. */
    private static OffsetConvention conventionOf(String text, List<RawBound> raw) {
        if (!OffsetConvention.ambiguous(text)) return OffsetConvention.UTF16;
        OffsetConvention best = OffsetConvention.UTF16;
        int bestMatches = -1;
        for (OffsetConvention c : OffsetConvention.values()) {
            int[] index = c.toJavaIndexes(text);
            int matches = 0;
            for (RawBound r : raw) {
                Bound b = resolve(r, index);
                if (b != null && recordedTextMatches(text, b)) matches++;
            }
            if (matches > bestMatches) {
                best = c;
                bestMatches = matches;
            }
        }
        return best;
    }

    /**
     * brat records a span's text on one line, fragments joined by a space; a span that crosses a
     * line break is recorded with a space there, or cut at the break when the file was written by
     * a tool that did not escape it. Both still count as matching.
     */
    private static boolean recordedTextMatches(String text, Bound b) {
        String actual = covered(text, b.spans());
        if (actual.equals(b.recorded())) return true;
        String a = actual.replaceAll("\\s+", " ");
        String r = b.recorded().replaceAll("\\s+", " ");
        if (a.equals(r)) return true;
        int nl = actual.indexOf('\n');
        return nl >= 0 && !b.recorded().isEmpty() && actual.substring(0, nl).equals(b.recorded());
    }

    private static String covered(String text, List<TextSpan> spans) {
        StringBuilder s = new StringBuilder();
        for (TextSpan span : spans) {
            if (!s.isEmpty()) s.append(' ');
            s.append(span.coveredText(text));
        }
        return s.toString();
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }

    private static String find(Map<String, String> parent, String id) {
        parent.putIfAbsent(id, id);
        String p = parent.get(id);
        if (p.equals(id)) return id;
        String root = find(parent, p);
        parent.put(id, root);
        return root;
    }

    private static void addProblem(List<String> problems, String problem) {
        if (problems.size() < GoldCheck.MAX_PROBLEMS) problems.add(problem);
    }

    static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 60 ? one : one.substring(0, 59) + "…";
    }
}
