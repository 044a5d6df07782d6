package io.skillstudio.evaluator.verify;

import java.util.List;
import java.util.Map;

/**
 * A deterministic check over one response. Implementations are stateless and thread safe: the batch
 * runner calls one instance from many threads, millions of times in a training run.
 */
public interface Verifier {

    /** Stable registry id, written into traces so a run can be reproduced. */
    String id();

    /** One line for the studio and for the judge's resource index. */
    String description();

    /** The typed parameters this verifier accepts; unknown names are rejected at bind time. */
    List<ParamSpec> params();

    /** Extra cross-parameter rules beyond the specs; called after type checks passed. */
    default List<ParamProblem> checkParams(Params params) {
        return List.of();
    }

    /** Runs the check. Parameters were bound by {@link #bind}; input text is never null. */
    VerifierResult verify(VerifierInput input, Params params);

    /** Types raw parameters (from YAML or JSON) against {@link #params()}; never throws. */
    default ParamBinding bind(Map<String, ?> raw) {
        ParamBinding binding = Params.bind(params(), raw);
        if (binding.ok()) {
            List<ParamProblem> extra = checkParams(binding.params());
            if (!extra.isEmpty()) {
                return new ParamBinding(binding.params(), extra);
            }
        }
        return binding;
    }
}
