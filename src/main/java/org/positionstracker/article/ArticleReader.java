package org.positionstracker.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads one article file: bytes, verified as UTF-8 and decoded without any change (a byte-order
 * mark or CRLF line ends stay in the text, so offsets are offsets into the file's text), plus
 * the SHA-256 of the bytes.
 */
public final class ArticleReader {
    /**
     * No news article comes near this; a larger file is a dump or a mistake, and is refused with
     * a clear reason rather than tying up an import (and its memory) for minutes.
     */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    public SourceArticle read(Path file) throws ArticleRejectedException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) throw new ArticleRejectedException(file, "empty file");
        int nul = indexOfNul(bytes);
        if (nul >= 0) throw new ArticleRejectedException(file, "contains a NUL byte at offset " + nul + " (binary file?)");
        String text = decodeUtf8(file, bytes);
        if (text.isBlank() || text.strip().equals("\uFEFF")) throw new ArticleRejectedException(file, "no text (only white space)");
        Path name = file.getFileName();
        return new SourceArticle(name == null ? file.toString() : name.toString(), file.toString(), sha256(bytes), text,
                ArticleMetadataReader.read(file, text));
    }

    private static byte[] readBytes(Path file) throws ArticleRejectedException {
        try {
            if (Files.isDirectory(file)) throw new ArticleRejectedException(file, "is a folder, not a file");
            long size = Files.size(file);
            if (size > MAX_BYTES)
                throw new ArticleRejectedException(file, "too large (" + size / (1024 * 1024) + " MiB; the limit is " + MAX_BYTES / (1024 * 1024) + " MiB)");
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ArticleRejectedException(file, Files.isSymbolicLink(file) ? "cannot read it (broken link)" : "no such file");
        } catch (AccessDeniedException e) {
            throw new ArticleRejectedException(file, "cannot read it (permission denied)");
        } catch (IOException e) {
            throw new ArticleRejectedException(file, "cannot read it (" + e.getMessage() + ")");
        }
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) return i;
        }
        return -1;
    }

    private static String decodeUtf8(Path file, byte[] bytes) throws ArticleRejectedException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new ArticleRejectedException(file, "not valid UTF-8 (bad byte sequence near byte " + in.position() + ")");
        } catch (CharacterCodingException e) {
            throw new ArticleRejectedException(file, "not valid UTF-8");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
