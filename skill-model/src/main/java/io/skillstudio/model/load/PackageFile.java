package io.skillstudio.model.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * One file of a package: its POSIX relative path and raw bytes (absent when too large or unsafe to
 * read). Raw bytes, not decoded text, are the truth, so saving an unchanged file rewrites no byte.
 */
public final class PackageFile {

    private final String path;
    private final long size;
    private final byte[] bytes;
    private final FileStatus status;
    private final String text;

    private PackageFile(String path, long size, byte[] bytes, FileStatus status, String text) {
        this.path = path;
        this.size = size;
        this.bytes = bytes;
        this.status = status;
        this.text = text;
    }

    /** Classifies {@code bytes}: text when it is valid UTF-8 with no NUL byte. */
    public static PackageFile of(String path, byte[] bytes) {
        byte[] copy = bytes.clone();
        if (indexOfNul(copy) >= 0) {
            return new PackageFile(path, copy.length, copy, FileStatus.BINARY, null);
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(copy))
                    .toString();
            return new PackageFile(path, copy.length, copy, FileStatus.TEXT, text);
        } catch (CharacterCodingException e) {
            return new PackageFile(path, copy.length, copy, FileStatus.NOT_UTF8, null);
        }
    }

    /** A file that was not read: too large, or a link that leaves the package. */
    public static PackageFile unread(String path, long size, FileStatus status) {
        return new PackageFile(path, size, null, status, null);
    }

    public String path() {
        return path;
    }

    public long size() {
        return size;
    }

    public FileStatus status() {
        return status;
    }

    public Optional<byte[]> bytes() {
        return Optional.ofNullable(bytes).map(byte[]::clone);
    }

    /** Decoded text, only for {@link FileStatus#TEXT}. */
    public Optional<String> text() {
        return Optional.ofNullable(text);
    }

    /** Byte offset of the first malformed UTF-8 sequence, for a positioned diagnostic. */
    public int firstInvalidUtf8Offset() {
        if (bytes == null) {
            return -1;
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    private static int indexOfNul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PackageFile f && f.path.equals(path) && f.status == status && Arrays.equals(f.bytes, bytes);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return path + " (" + status + ", " + size + " bytes)";
    }
}
