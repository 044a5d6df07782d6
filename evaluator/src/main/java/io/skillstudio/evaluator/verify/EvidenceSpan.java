package io.skillstudio.evaluator.verify;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into the response (Java String
 * indices, as the studio's text area uses), with a short note saying why it is evidence.
 */
public record EvidenceSpan(int start, int end, String note) {
    public EvidenceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        note = note == null ? "" : note;
    }
}
