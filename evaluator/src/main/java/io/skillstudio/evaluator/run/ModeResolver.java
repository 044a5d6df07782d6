package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The run's mode: the one asked for, or the one the samples imply (one response: pointwise, two:
 * pairwise, more: listwise, taken from the first sample). A sample that does not fit the mode is a
 * positioned sample error ({@code file:line}), reported with the malformed lines and left out of the run.
 */
public final class ModeResolver {

    /** The mode, the samples that fit it, and one error per sample that does not. */
    public record Resolved(EvalMode mode, boolean inferred, List<Sample> samples, List<SampleError> errors) {
        public Resolved {
            samples = List.copyOf(samples);
            errors = List.copyOf(errors);
        }
    }

    private ModeResolver() {}

    /** The mode a number of responses implies; empty for none. */
    public static Optional<EvalMode> implied(int responses) {
        return responses < 1 ? Optional.empty()
                : Optional.of(responses == 1 ? EvalMode.POINTWISE : responses == 2 ? EvalMode.PAIRWISE : EvalMode.LISTWISE);
    }

    public static Resolved resolve(SampleSet set, Optional<EvalMode> explicit) {
        Optional<EvalMode> first = set.samples().stream().findFirst().flatMap(s -> implied(s.responses().size()));
        EvalMode mode = explicit.or(() -> first).orElse(EvalMode.POINTWISE);
        String why = explicit.isPresent() ? "--mode " + mode.code()
                : "the run is " + mode.code() + ", as its first sample implies; pass --mode or split the file";
        List<Sample> fit = new ArrayList<>();
        List<SampleError> errors = new ArrayList<>();
        for (Sample s : set.samples()) {
            Optional<String> p = problem(mode, s.responses().size(), true);
            if (p.isPresent()) {
                errors.add(new SampleError(set.file(), s.line(), 1, "sample '" + s.id() + "': " + p.get() + " (" + why + ")"));
            } else {
                fit.add(s);
            }
        }
        return new Resolved(mode, explicit.isEmpty(), fit, errors);
    }

    /** Why {@code responses} do not fit {@code mode}, or empty. */
    static Optional<String> problem(EvalMode mode, int responses, boolean listwiseFromTwo) {
        return switch (mode) {
            case POINTWISE -> responses == 1 ? Optional.empty()
                    : Optional.of("pointwise needs exactly one response ('response'), got " + responses);
            case PAIRWISE -> responses == 2 ? Optional.empty()
                    : Optional.of("pairwise needs exactly two 'responses', got " + responses);
            case LISTWISE -> responses >= (listwiseFromTwo ? 2 : 3) ? Optional.empty()
                    : Optional.of("listwise needs at least " + (listwiseFromTwo ? "two" : "three") + " 'responses', got "
                            + responses);
        };
    }
}
