package io.skillstudio.serve.wire;

/** A request the server refuses as a whole (HTTP 400): malformed JSON, wrong shapes, misaligned lists. */
public final class BadRequest extends RuntimeException {

    public BadRequest(String message) {
        super(message);
    }
}
