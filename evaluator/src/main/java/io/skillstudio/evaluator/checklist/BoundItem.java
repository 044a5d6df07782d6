package io.skillstudio.evaluator.checklist;

import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import java.util.List;

/** A checklist item resolved against a verifier registry: ready to run, or blocked with a reason. */
public sealed interface BoundItem permits BoundItem.Ready, BoundItem.Blocked {

    ChecklistItem item();

    /** The verifier exists and the parameters bound. */
    record Ready(ChecklistItem item, Verifier verifier, Params params) implements BoundItem {}

    /**
     * The item cannot be scored in this run; {@code paramProblems} is non-empty for
     * {@link UnscoredReason#INVALID_INPUT} caused by parameters.
     */
    record Blocked(ChecklistItem item, UnscoredReason reason, String message, List<ParamProblem> paramProblems)
            implements BoundItem {
        public Blocked {
            paramProblems = List.copyOf(paramProblems);
        }
    }
}
