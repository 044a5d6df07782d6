package io.skillstudio.evaluator.constraints;

/** A UTF-16 {@code [start, end)} range of the helper's input text. */
public record TextSpan(int start, int end) {
    public String of(String text) {
        return text.substring(start, end);
    }
}
