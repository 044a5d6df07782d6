package io.skillstudio.evaluator.judge.tools;

import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamBinding;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import io.skillstudio.model.resources.ResourceEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a {@code verifier} resource with the native registry, so the model gets exact counts and spans
 * instead of estimating them. A resource maps to a registry verifier by its {@code verifier:} field, or
 * by its id when the id is itself a registry id; fixed parameters come from its {@code params:} field
 * and the model may add only the ones the resource leaves open.
 */
final class ResourceRunner {
    private final VerifierRegistry registry;

    ResourceRunner(VerifierRegistry registry) {
        this.registry = registry;
    }

    /** The registry verifier behind a resource, if any. */
    Optional<Verifier> verifierFor(ResourceEntry e) {
        Optional<String> named = e.string("verifier");
        if (named.isPresent()) {
            return registry.find(named.get());
        }
        return e.id().flatMap(registry::find);
    }

    Map<String, Object> run(ResourceEntry e, Verifier v, Map<String, Object> modelParams, JudgeSample sample) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (e.fields().get("params") instanceof Map<?, ?> fixed) {
            fixed.forEach((k, val) -> params.put(String.valueOf(k), val));
        }
        for (Map.Entry<String, Object> p : modelParams.entrySet()) {
            if (params.containsKey(p.getKey())) {
                return ToolResults.error(
                        ToolNames.RUN_RESOURCE,
                        "parameter '" + p.getKey() + "' is fixed by the resource and cannot be overridden");
            }
            params.put(p.getKey(), p.getValue());
        }
        ParamBinding binding = v.bind(params);
        if (!binding.ok()) {
            return ToolResults.error(
                    ToolNames.RUN_RESOURCE,
                    "bad parameters for " + v.id() + ": "
                            + binding.problems().stream()
                                    .map(pp -> pp.message())
                                    .toList());
        }
        Map<String, Object> perLabel = new LinkedHashMap<>();
        for (int i = 0; i < sample.responses().size(); i++) {
            String response = sample.responses().get(i);
            VerifierResult r =
                    v.verify(new VerifierInput(response, sample.prompt(), sample.reference()), binding.params());
            perLabel.put(JudgeSample.label(i), describe(r, response));
        }
        Map<String, Object> out = ToolResults.ok(ToolNames.RUN_RESOURCE);
        out.put("resource_id", e.id().orElse(""));
        out.put("verifier", v.id());
        out.put("params", binding.params().asMap());
        out.put("result", perLabel);
        return out;
    }

    private static Map<String, Object> describe(VerifierResult r, String response) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
        m.put("value", r.value());
        m.put("explanation", r.explanation());
        List<Map<String, Object>> spans =
                r.evidence().stream().limit(20).map(s -> span(s, response)).toList();
        m.put("evidence", spans);
        if (!r.details().isEmpty()) {
            m.put("details", r.details());
        }
        return m;
    }

    private static Map<String, Object> span(EvidenceSpan s, String response) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", s.start());
        m.put("end", s.end());
        int end = Math.min(s.end(), response.length());
        String text = s.start() <= end ? response.substring(Math.min(s.start(), end), end) : "";
        m.put("text", text.length() > 120 ? text.substring(0, 120) + "..." : text);
        m.put("note", s.note());
        return m;
    }
}
