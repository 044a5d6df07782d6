package io.skillstudio.evaluator.judge.wholeskill;

import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.sandbox.VerifierSandbox;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of one batch of a sample's Python verifier code (every code item on every response, one
 * sandbox process), handed out per item and response. A batch that did not run or hit a limit gives
 * every code item an error and no verdict.
 */
final class CodeResults {
    private final List<VerInstruct.Item> items;
    private final VerifierSandbox.Batch batch;

    private CodeResults(List<VerInstruct.Item> items, VerifierSandbox.Batch batch) {
        this.items = items;
        this.batch = batch;
    }

    static CodeResults run(List<VerInstruct.Item> all, JudgeSample js, Optional<VerifierSandbox> sandbox) {
        List<VerInstruct.Item> code = all.stream()
                .filter(i -> i.nativeItem().isEmpty() && i.code().isPresent())
                .toList();
        if (code.isEmpty()) {
            return new CodeResults(code, new VerifierSandbox.Batch.Done(List.of(), List.of()));
        }
        if (sandbox.isEmpty()) {
            return new CodeResults(
                    code,
                    new VerifierSandbox.Batch.Failed(
                            "verifier code unavailable: this run has no verifier sandbox", true));
        }
        List<VerifierSandbox.Item> batch = code.stream()
                .map(i -> new VerifierSandbox.Item(
                        i.id(), i.verifierName(), i.code().orElseThrow()))
                .toList();
        return new CodeResults(code, sandbox.get().run(batch, js.prompt(), js.responses()));
    }

    /** Puts upstream's {@code raw_result, stdout, error} for {@code item} on {@code response} into {@code m}; the verdict. */
    Boolean fill(VerInstruct.Item item, int response, Map<String, Object> m) {
        int index = items.indexOf(item);
        if (index < 0) {
            m.put("raw_result", null);
            m.put("error", "no verifier code");
            return null;
        }
        return switch (batch) {
            case VerifierSandbox.Batch.Failed f -> {
                m.put("raw_result", null);
                m.put("stdout", "");
                m.put("error", f.error() + "; judge this constraint yourself");
                yield null;
            }
            case VerifierSandbox.Batch.Done d -> {
                Map<String, Object> r = d.results().get(response).get(index);
                m.put("raw_result", r.get("raw_result"));
                m.put("stdout", r.get("stdout"));
                m.put("error", r.get("error"));
                yield r.get("satisfied") instanceof Boolean b ? b : null;
            }
        };
    }

    /** The OS layers the code ran under, when it ran. */
    Optional<List<String>> isolation() {
        return batch instanceof VerifierSandbox.Batch.Done d && !items.isEmpty()
                ? Optional.of(d.isolation())
                : Optional.empty();
    }
}
