package io.skillstudio.evaluator.run;

import java.util.Optional;

/**
 * Which mode a number of responses implies (one: pointwise, two: pairwise, more: listwise), and why a
 * number of responses does not fit a mode. {@code service.ModeCheckedSource} applies it to a run.
 */
public final class ModeResolver {

    private ModeResolver() {}

    /** The mode a number of responses implies; empty for none. */
    public static Optional<EvalMode> implied(int responses) {
        return responses < 1
                ? Optional.empty()
                : Optional.of(
                        responses == 1 ? EvalMode.POINTWISE : responses == 2 ? EvalMode.PAIRWISE : EvalMode.LISTWISE);
    }

    /** Why {@code responses} do not fit {@code mode}, or empty. */
    public static Optional<String> problem(EvalMode mode, int responses) {
        return switch (mode) {
            case POINTWISE ->
                responses == 1
                        ? Optional.empty()
                        : Optional.of("pointwise needs exactly one response ('response'), got " + responses);
            case PAIRWISE ->
                responses == 2
                        ? Optional.empty()
                        : Optional.of("pairwise needs exactly two 'responses', got " + responses);
            case LISTWISE ->
                responses >= 2
                        ? Optional.empty()
                        : Optional.of("listwise needs at least two 'responses', got " + responses);
        };
    }
}
