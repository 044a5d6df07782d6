package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.Params;
import java.util.List;

/** IFEval's {@code _COMPARISON_RELATION}: "less than" is {@code <}, "at least" is {@code >=}. */
final class Relation {

    static final String LESS_THAN = "less than";
    static final String AT_LEAST = "at least";

    private Relation() {}

    static ParamSpec spec(String name) {
        return ParamSpec.oneOf(name, true, "how the count compares with the threshold", List.of(LESS_THAN, AT_LEAST));
    }

    static boolean holds(Params p, String relationParam, int actual, int threshold) {
        return LESS_THAN.equals(p.string(relationParam).orElseThrow()) ? actual < threshold : actual >= threshold;
    }

    static String describe(Params p, String relationParam, String what, int actual, int threshold) {
        return what + " = " + actual + ", required " + p.string(relationParam).orElseThrow() + " " + threshold;
    }
}
