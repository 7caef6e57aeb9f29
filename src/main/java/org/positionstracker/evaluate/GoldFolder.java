package org.positionstracker.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the annotated articles below a folder. Every {@code NAME.txt} (searched recursively) with
 * gold beside it is one article: {@code NAME.gold.json} (the project's format) first, else a brat
 * file {@code NAME.ann} or {@code NAME_XXXX.ann} (PolNeAR names a file after its annotator) in the
 * same folder or in a sibling folder {@code attributions/} (PolNeAR's {@code text/} +
 * {@code attributions/} layout). When several brat files annotate one text, the first in name
 * order is read. Texts without gold are counted, not evaluated.
 */
public final class GoldFolder {
    private static final Pattern ANNOTATOR_SUFFIX = Pattern.compile("[_.-][A-Za-z0-9]+");

    /** A text and its gold file, not yet read. */
    public record Entry(String name, Path textFile, Path goldFile) {
        boolean isJson() {
            return goldFile.getFileName().toString().endsWith(".gold.json");
        }
    }

    /** The articles found, in path order, and the texts that have no gold. */
    public record Listing(List<Entry> entries, List<Path> textsWithoutGold) {
        public Listing {
            entries = List.copyOf(entries);
            textsWithoutGold = List.copyOf(textsWithoutGold);
        }
    }

    private final SpeechCues speechCues;

    public GoldFolder(SpeechCues speechCues) {
        this.speechCues = speechCues;
    }

    public static Listing list(Path folder) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException(folder + ": not a folder");
        List<Path> texts;
        try (Stream<Path> files = Files.walk(folder)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + ": cannot list: " + e.getMessage(), e);
        }
        List<Entry> entries = new ArrayList<>();
        List<Path> without = new ArrayList<>();
        for (Path text : texts) {
            String file = text.getFileName().toString();
            String name = file.substring(0, file.length() - ".txt".length());
            Optional<Path> gold = goldFor(text, name);
            if (gold.isPresent()) entries.add(new Entry(name, text, gold.get()));
            else without.add(text);
        }
        return new Listing(entries, without);
    }

    private static Optional<Path> goldFor(Path text, String name) {
        Path dir = text.toAbsolutePath().getParent();
        Path json = dir.resolve(name + ".gold.json");
        if (Files.isRegularFile(json)) return Optional.of(json);
        Optional<Path> here = bratFile(dir, name);
        if (here.isPresent()) return here;
        Path parent = dir.getParent();
        if (parent == null) return Optional.empty();
        return bratFile(parent.resolve("attributions"), name);
    }

    private static Optional<Path> bratFile(Path dir, String name) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        Path exact = dir.resolve(name + ".ann");
        if (Files.isRegularFile(exact)) return Optional.of(exact);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String f = p.getFileName().toString();
                if (!f.startsWith(name) || !f.endsWith(".ann")) return false;
                String middle = f.substring(name.length(), f.length() - ".ann".length());
                return ANNOTATOR_SUFFIX.matcher(middle).matches()
                        && !Files.exists(p.resolveSibling(name + middle + ".txt"))
                        && !Files.exists(text(p, name + middle));
            }).sorted().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** Where PolNeAR would keep the text of that name, so that "a_b.ann" is not read as an annotation of "a". */
    private static Path text(Path annFile, String name) {
        Path parent = annFile.toAbsolutePath().getParent().getParent();
        return parent == null ? annFile.resolveSibling(name + ".txt") : parent.resolve("text").resolve(name + ".txt");
    }

    /** Reads one article and its gold; a problem is one line naming the file. */
    public GoldArticle read(Entry entry) {
        String text = readUtf8(entry.textFile());
        String gold = readUtf8(entry.goldFile());
        if (gold.startsWith("\uFEFF")) gold = gold.substring(1);
        if (entry.isJson()) return new GoldJsonReader(speechCues).read(entry.name(), text, entry.goldFile(), gold);
        return new BratReader(speechCues).read(entry.name(), text, entry.goldFile(), gold.lines().toList());
    }

    private static String readUtf8(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
    }
}
