package io.skillstudio.evaluator.verify;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets into the response (Java String
 * indices, as the studio's text area uses), with a short note saying why it is evidence.
 *
 * <p>In a trace (version 2) a span also carries the {@code text} it covers (abbreviated past
 * {@link EvidenceSpans#MAX_QUOTE} chars) and, when several word-level matches were grouped into one
 * region, their {@code count}. Verifiers create plain spans; {@link EvidenceSpans#forTrace} fills both.
 *
 * @param text the quoted text, or {@code null} before quoting
 * @param count how many matches this region groups, or {@code null} for one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"start", "end", "note", "text", "count"})
public record EvidenceSpan(int start, int end, String note, String text, Integer count) {
    public EvidenceSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ")");
        }
        if (count != null && count < 1) {
            throw new IllegalArgumentException("a grouped span counts at least one match, got " + count);
        }
        note = note == null ? "" : note;
    }

    public EvidenceSpan(int start, int end, String note) {
        this(start, end, note, null, null);
    }
}
