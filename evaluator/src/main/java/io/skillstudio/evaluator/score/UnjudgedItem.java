package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A checklist item nobody judged for one response, and why: carried in results and counted in the
 * summary, so an item-level failure is never visible only in the trace.
 *
 * @param response the 0-based response index
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"response", "item", "reason", "detail"})
public record UnjudgedItem(int response, String item, UnscoredReason reason, String detail) {
    public UnjudgedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        detail = detail == null ? "" : detail;
    }
}
