package io.skillstudio.evaluator.python.regex;

/** A Python {@code re} pattern that Python rejects or that this port cannot translate. */
public final class PyRegexException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;

    public PyRegexException(String message, int position) {
        super(message + " at position " + position);
        this.position = position;
    }

    /** UTF-16 index into the pattern where the problem was found. */
    public int position() {
        return position;
    }
}
