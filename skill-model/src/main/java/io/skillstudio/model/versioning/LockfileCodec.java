package io.skillstudio.model.versioning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Reads and writes {@code skill.lock.json}: two-space indent, LF line ends on every OS, final newline. */
public final class LockfileCodec {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private LockfileCodec() {}

    public static byte[] write(Lockfile lock) {
        try {
            return (WRITER.writeValueAsString(lock) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a lockfile record always serializes", e);
        }
    }

    /** The lockfile, or a message saying why the bytes are not one. */
    public static Lockfile read(byte[] bytes) throws LockfileException {
        try {
            Lockfile lock = MAPPER.readValue(bytes, Lockfile.class);
            if (lock.lockfileVersion() != Lockfile.FORMAT) {
                throw new LockfileException("lockfileVersion " + lock.lockfileVersion() + " is not supported (expected "
                        + Lockfile.FORMAT + ")");
            }
            return lock;
        } catch (IOException | RuntimeException e) {
            throw new LockfileException("not a valid " + Lockfile.FILE + ": " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A lockfile that cannot be read. */
    public static final class LockfileException extends Exception {
        public LockfileException(String message) {
            super(message);
        }
    }
}
