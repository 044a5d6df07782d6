package io.skillstudio.evaluator.judge.answer;

import io.skillstudio.evaluator.judge.ItemVerdict;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.List;
import java.util.Optional;

/** What a final answer said: a valid judgement, an invalid one (with its reason), or nothing at all. */
public sealed interface ParsedAnswer {

    record Valid(Optional<Double> score, Optional<String> label, String rationale, List<ItemVerdict> items)
            implements ParsedAnswer {
        public Valid {
            items = List.copyOf(items);
        }
    }

    record Invalid(UnscoredReason reason, String detail) implements ParsedAnswer {}

    /** A plain-text reply with no recognisable answer in it. */
    record Absent() implements ParsedAnswer {}
}
