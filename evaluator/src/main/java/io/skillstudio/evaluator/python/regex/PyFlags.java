package io.skillstudio.evaluator.python.regex;

/** Python {@code re} flag bits as the helpers receive them in {@code flags}. */
public final class PyFlags {
    public static final int IGNORECASE = 2;
    public static final int LOCALE = 4;
    public static final int MULTILINE = 8;
    public static final int DOTALL = 16;
    public static final int UNICODE = 32;
    public static final int VERBOSE = 64;
    public static final int DEBUG = 128;
    public static final int ASCII = 256;

    /** Every flag bit Python's {@code re} defines; other bits are an error. */
    public static final int KNOWN = IGNORECASE | LOCALE | MULTILINE | DOTALL | UNICODE | VERBOSE | DEBUG | ASCII;

    private PyFlags() {}

    static int ofLetter(char c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            case 'x' -> VERBOSE;
            default -> 0;
        };
    }
}
