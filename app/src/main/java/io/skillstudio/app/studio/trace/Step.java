package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.trace.TraceEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A node of the trace tree: one event, or a group (a response) that holds events.
 *
 * @param key stable across two runs of the same sample (kind, response, item, occurrence), for comparing
 * @param event the event shown, empty for a group
 * @param response the response index the step belongs to, or -1
 * @param failed the step failed (a failed item, an error, an unscored result), shown in red
 */
public record Step(
        String key,
        StepKind kind,
        String title,
        Optional<TraceEvent> event,
        int response,
        boolean failed,
        List<Step> children) {

    public Step {
        children = List.copyOf(children);
    }

    /** Visits this step and its descendants, depth first. */
    public void forEach(Consumer<Step> visitor) {
        visitor.accept(this);
        children.forEach(c -> c.forEach(visitor));
    }

    public List<Step> flatten() {
        List<Step> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }
}
