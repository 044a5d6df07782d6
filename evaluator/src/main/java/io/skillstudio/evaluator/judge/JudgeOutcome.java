package io.skillstudio.evaluator.judge;

import io.skillstudio.evaluator.judge.cost.CallCost;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.TraceEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of one reward call. Scored outcomes carry the mode's value (a pointwise score or a
 * label); unscored ones carry only a reason. Both carry the full event list and the cost.
 *
 * @param label A/B/Tie for pairwise, the best label for listwise, empty for pointwise
 * @param forced whether the answer came from forced finalization
 */
public record JudgeOutcome(
        Optional<Double> score,
        Optional<String> label,
        Optional<UnscoredReason> reason,
        String detail,
        String rationale,
        List<ItemVerdict> items,
        boolean forced,
        CallCost cost,
        List<TraceEvent> events) {

    public JudgeOutcome {
        boolean scored = score.isPresent() || label.isPresent();
        if (scored == reason.isPresent()) {
            throw new IllegalArgumentException("an outcome is either scored or has a reason");
        }
        score.ifPresent(s -> {
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("score outside [0,1]: " + s);
            }
        });
        detail = Objects.requireNonNullElse(detail, "");
        rationale = Objects.requireNonNullElse(rationale, "");
        items = List.copyOf(items);
        events = List.copyOf(events);
    }

    public boolean scored() {
        return reason.isEmpty();
    }

    public OptionalDouble scoreValue() {
        return score.map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }
}
