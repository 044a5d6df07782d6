package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import java.util.List;

/**
 * An input row with every instruction resolved and its kwargs bound once, so that scoring many
 * responses for the same prompt (a GRPO group) does no lookup or binding on the hot path. An
 * instruction with an unknown id or bad kwargs has a null verifier or params and always fails; the
 * {@code problems} say why.
 */
public record PreparedPrompt(
        IfevalInput input, List<Verifier> verifiers, List<Params> strict, List<Params> loose, List<String> problems) {

    public PreparedPrompt {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    static String describe(String id, List<ParamProblem> problems) {
        StringBuilder sb = new StringBuilder(id).append(':');
        for (ParamProblem p : problems) {
            sb.append(' ').append(p.message()).append(';');
        }
        return sb.toString();
    }
}
