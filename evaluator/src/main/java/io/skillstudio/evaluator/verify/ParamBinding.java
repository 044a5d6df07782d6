package io.skillstudio.evaluator.verify;

import java.util.List;

/** Typed parameters plus the problems found while typing them. */
public record ParamBinding(Params params, List<ParamProblem> problems) {
    public ParamBinding {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
