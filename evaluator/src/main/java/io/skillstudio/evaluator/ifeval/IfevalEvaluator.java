package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.RegexBudget;
import io.skillstudio.evaluator.python.RegexBudgetExceededException;
import io.skillstudio.evaluator.verify.ParamBinding;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * IFEval's evaluation_lib: runs every instruction of a prompt on a response, strictly or loosely.
 * Thread safe; one instance serves all threads.
 */
public final class IfevalEvaluator {

    private final Map<String, Verifier> byId = new HashMap<>();

    public IfevalEvaluator(VerifierRegistry registry) {
        for (Verifier v : IfevalVerifierProvider.instructions()) {
            registry.find(v.id()).ifPresent(r -> byId.put(r.id(), r));
        }
    }

    /** Uses the 25 instructions directly (no ServiceLoader scan). */
    public IfevalEvaluator() {
        for (Verifier v : IfevalVerifierProvider.instructions()) {
            byId.put(v.id(), v);
        }
    }

    /**
     * One prompt's outcome: a flag per instruction, in {@code instruction_id_list} order, or the
     * instruction whose regex spent its step budget ({@code verifier_budget}): such a prompt has no
     * outcome, so it is never counted as followed or not followed.
     */
    public record PromptResult(List<Boolean> followed, Optional<String> budgetExceeded) {
        public PromptResult {
            followed = List.copyOf(followed);
        }

        public PromptResult(List<Boolean> followed) {
            this(followed, Optional.empty());
        }

        public boolean all() {
            return !followed.contains(Boolean.FALSE);
        }
    }

    public PreparedPrompt prepare(IfevalInput in) {
        List<Verifier> verifiers = new ArrayList<>();
        List<Params> strict = new ArrayList<>();
        List<Params> loose = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < in.instructionIds().size(); i++) {
            String id = in.instructionIds().get(i);
            Verifier v = byId.get(id);
            if (v == null) {
                problems.add(id + ": unknown instruction id");
                verifiers.add(null);
                strict.add(null);
                loose.add(null);
                continue;
            }
            Map<String, Object> kw = new HashMap<>(in.kwargs().get(i));
            ParamBinding b = v.bind(kw);
            kw.put(IfevalInstruction.LOOSE, Boolean.TRUE);
            ParamBinding bl = v.bind(kw);
            if (!b.ok()) {
                problems.add(PreparedPrompt.describe(id, b.problems()));
            }
            verifiers.add(v);
            strict.add(b.ok() ? b.params() : null);
            loose.add(bl.ok() ? bl.params() : null);
        }
        return new PreparedPrompt(in, verifiers, strict, loose, problems);
    }

    /** Evaluates one prompt under its own per-sample regex budget ({@link RegexBudget#perSample}). */
    public PromptResult evaluate(PreparedPrompt p, String response, boolean loose) {
        return RegexBudget.perSample(() -> evaluateWithinBudget(p, response, loose));
    }

    private PromptResult evaluateWithinBudget(PreparedPrompt p, String response, boolean loose) {
        VerifierInput input = new VerifierInput(response, p.input().prompt(), "");
        List<Params> params = loose ? p.loose() : p.strict();
        List<Boolean> out = new ArrayList<>(params.size());
        for (int i = 0; i < params.size(); i++) {
            Verifier v = p.verifiers().get(i);
            Params ps = params.get(i);
            try {
                out.add(v != null
                        && ps != null
                        && RegexBudget.guard(() -> v.verify(input, ps).passed()));
            } catch (RegexBudgetExceededException e) {
                return new PromptResult(
                        out,
                        Optional.of(p.input().instructionIds().get(i) + " (instruction " + (i + 1) + "): "
                                + e.getMessage()));
            }
        }
        return new PromptResult(out);
    }
}
