package io.skillstudio.evaluator.sample;

/** A line that could not be read, at {@code file:line:column} (1-based). */
public record SampleError(String file, int line, int column, String message) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
