package io.skillstudio.app.studio.trace;

/**
 * An evidence span of a response, as the response view colours it.
 *
 * @param start UTF-16 offset into the response text, inclusive
 * @param end exclusive
 * @param passed whether the item the span is evidence for passed
 * @param stepKey the verifier step that produced it, to select that step from the text
 */
public record Highlight(int start, int end, String item, String verifier, boolean passed, String note, String stepKey) {

    /** What hovering the span says. */
    public String tooltip() {
        return (passed ? "✓ " : "✗ ") + item + " · " + verifier + (note.isEmpty() ? "" : "\n" + note);
    }
}
