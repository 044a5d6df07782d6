package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.sample.Expected;
import io.skillstudio.evaluator.score.Decision;
import java.util.Optional;

/** A decision against the sample's expected value: the match (pairwise, listwise) and the error (pointwise). */
final class ExpectedAgreement {
    private ExpectedAgreement() {}

    static Boolean match(EvalMode mode, Decision d, Optional<Expected> expected) {
        if (!d.isScored() || expected.isEmpty()) {
            return null;
        }
        return switch (mode) {
            case POINTWISE -> null;
            case PAIRWISE -> expected.get().verdict().map(v -> v.equals(d.verdict())).orElse(null);
            case LISTWISE -> expected.get().index().isPresent() ? expected.get().index().getAsInt() == d.best() : null;
        };
    }

    static Double absError(EvalMode mode, Decision d, Optional<Expected> expected) {
        if (!d.isScored() || mode != EvalMode.POINTWISE || expected.isEmpty() || expected.get().score().isEmpty()) {
            return null;
        }
        return Math.abs(d.score() - expected.get().score().getAsDouble());
    }
}
