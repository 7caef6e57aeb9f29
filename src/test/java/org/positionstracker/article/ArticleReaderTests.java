package org.positionstracker.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.positionstracker.testing.ChildJvm;

class ArticleReaderTests {
    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void text_isKeptExactlyAsInTheFile_includingBomAndCrlf() throws Exception {
        String original = "\uFEFFLine one,\r\n\u201CQuoted,\u201D she said.\r\n";
        Path file = dir.resolve("a.txt");
        Files.writeString(file, original, StandardCharsets.UTF_8);

        SourceArticle article = reader.read(file);

        assertEquals(original, article.text());
        assertEquals("a.txt", article.fileName());
    }

    @Test
    void contentHash_isTheSha256OfTheBytes() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "abc");

        SourceArticle article = reader.read(file);

        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", article.contentHash());
    }

    @Test
    void malformedUtf8_isRejectedNamingTheFile() throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));

        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.reason().contains("not valid UTF-8"), e.reason());
    }

    @Test
    void emptyFile_isRejected() throws Exception {
        Path file = dir.resolve("empty.txt");
        Files.write(file, new byte[0]);

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));

        assertEquals("empty file", e.reason());
    }

    @Test
    void binaryFile_isRejected() throws Exception {
        Path file = dir.resolve("image.txt");
        Files.write(file, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));

        assertTrue(e.reason().contains("NUL"), e.reason());
    }

    @Test
    void missingFile_isRejected() {
        Path file = dir.resolve("nope.txt");

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));

        assertEquals("no such file", e.reason());
    }

    @Test
    void fifo_isRejectedAsNotARegularFile_withoutOpeningIt() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mkfifo.waitFor());

        ArticleRejectedException e = assertTimeoutPreemptively(ChildJvm.HANG_GUARD,
                () -> assertThrows(ArticleRejectedException.class, () -> reader.read(fifo)));

        assertEquals("not a regular file", e.reason());
    }

    @Test
    void linkToADevice_isRejectedAsNotARegularFile() throws Exception {
        Path zero = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));

        ArticleRejectedException e = assertTimeoutPreemptively(ChildJvm.HANG_GUARD,
                () -> assertThrows(ArticleRejectedException.class, () -> reader.read(zero)));

        assertEquals("not a regular file", e.reason());
    }

    @Test
    void oversizedMetadataFile_isRejectedWithoutReadingIt() throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Text.\n");
        try (var out = java.nio.channels.FileChannel.open(dir.resolve("a.meta.yaml"), java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            out.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), 2L * 1024 * 1024);
        }

        ArticleRejectedException e = assertThrows(ArticleRejectedException.class, () -> reader.read(file));

        assertEquals("its metadata file a.meta.yaml is too large (the limit is 1 MiB)", e.reason());
    }
}
