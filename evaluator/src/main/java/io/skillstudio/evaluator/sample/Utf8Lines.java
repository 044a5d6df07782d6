package io.skillstudio.evaluator.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Splits a byte stream into lines the way {@link java.io.BufferedReader#readLine()} does ({@code \n},
 * {@code \r} or {@code \r\n}) and decodes each line as strict UTF-8 on its own. A whole-file decoder
 * stops at the first bad byte and loses every sample; per line, only the bad line is lost and it can
 * be reported with its position.
 */
final class Utf8Lines {

    /** One line: its text, or the 1-based byte column where its UTF-8 is invalid. */
    record Line(Optional<String> text, int badColumn) {}

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
    private int pushedBack = -1;

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        buf.reset();
        int b = read();
        if (b < 0) {
            return null;
        }
        while (b >= 0 && b != '\n' && b != '\r') {
            buf.write(b);
            b = read();
        }
        if (b == '\r') {
            int after = read();
            if (after != '\n' && after >= 0) {
                pushedBack = after;
            }
        }
        return decode(buf.toByteArray());
    }

    private int read() throws IOException {
        if (pushedBack >= 0) {
            int b = pushedBack;
            pushedBack = -1;
            return b;
        }
        return in.read();
    }

    private Line decode(byte[] bytes) {
        ByteBuffer src = ByteBuffer.wrap(bytes);
        CharBuffer dst = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.reset().decode(src, dst, true);
        if (!r.isError()) {
            r = decoder.flush(dst);
        }
        if (r.isError()) {
            // On an error the decoder stops with the source at the first offending byte.
            return new Line(Optional.empty(), src.position() + 1);
        }
        return new Line(Optional.of(dst.flip().toString()), 0);
    }
}
