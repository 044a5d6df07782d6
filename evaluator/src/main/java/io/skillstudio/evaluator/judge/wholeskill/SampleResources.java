package io.skillstudio.evaluator.judge.wholeskill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.tools.SampleResource;
import io.skillstudio.evaluator.judge.tools.runtime.VisibleRecord;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sandbox.VerifierSandbox;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the per-sample resources upstream's runtimes mount (skillrm-format.md §5.3, §6.2) from one
 * sample's fields: R2's VerInstruct checklist and its runnable verifiers, R1's operational JSON files
 * (task metadata with blocked keys removed, visible reference, visible checklist), and, in hybrid runs,
 * the results of the package checklist's deterministic items.
 */
public final class SampleResources {
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    static final List<String> TASK_METADATA_KEYS = List.of(
            "benchmark",
            "subset",
            "query_type",
            "domain",
            "pair",
            "order",
            "category",
            "task_type",
            "source",
            "gt_question_type");
    static final List<String> REFERENCE_KEYS = VisibleRecord.VISIBLE_REFERENCE_KEYS;
    static final List<String> CHECKLIST_KEYS =
            List.of("constraints", "check_list", "checklist", "criteria", "rubric", "verifier_signal");
    public static final String NATIVE_RESULTS_ID = "sample.native_checklist_results";

    /**
     * What to build.
     *
     * @param operational mount R1's operational files (the package declares {@code runtime_sample} entries,
     *     or the run's setting is {@code skill_operational})
     * @param nativeResults hybrid runs: the package checklist's deterministic results, as JSON-ready data
     * @param verifierCode where the sample's Python verifier code runs; empty: such items answer unavailable
     */
    public record Options(boolean operational, Optional<Object> nativeResults, Optional<VerifierSandbox> verifierCode) {
        public static final Options NONE = new Options(false, Optional.empty());

        public Options(boolean operational, Optional<Object> nativeResults) {
            this(operational, nativeResults, Optional.empty());
        }
    }

    private SampleResources() {}

    /** The resources for {@code js} (the sample as the judge sees it, responses possibly reordered). */
    public static List<SampleResource> build(
            Sample sample, JudgeSample js, VerifierRegistry registry, Options options) {
        List<SampleResource> out = new ArrayList<>();
        options.nativeResults().ifPresent(r -> out.add(nativeResults(r)));
        out.addAll(VerInstruct.resources(VerInstruct.items(sample), js, registry, options.verifierCode()));
        if (options.operational()) {
            taskMetadata(sample).ifPresent(out::add);
            reference(sample).ifPresent(out::add);
            checklist(sample).ifPresent(out::add);
        }
        return out;
    }

    static Optional<SampleResource> taskMetadata(Sample s) {
        Map<String, Object> m = new TreeMap<>();
        for (String k : TASK_METADATA_KEYS) {
            present(s.metadata().get(k)).ifPresent(v -> m.put(k, v));
        }
        if (!m.containsKey("task_type") && m.containsKey("subset")) {
            m.put("task_type", m.get("subset"));
        }
        present(s.metadata().get("additional_metadata"))
                .flatMap(MetadataSanitizer::sanitize)
                .ifPresent(v -> m.put("additional_metadata", v));
        if (m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file(
                "sample.task_metadata",
                "sample/task_metadata.json",
                "metadata",
                "benchmark_task_metadata",
                "mixed",
                "routing",
                "benchmark_visible",
                m));
    }

    static Optional<SampleResource> reference(Sample s) {
        Map<String, Object> m = new TreeMap<>();
        for (String k : REFERENCE_KEYS) {
            present(s.metadata().get(k)).ifPresent(v -> m.put(k, v));
        }
        if (!s.reference().isEmpty()) {
            m.putIfAbsent("reference", s.reference());
        }
        if (m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file(
                "sample.reference_or_ground_truth",
                "sample/reference_or_ground_truth.json",
                "reference",
                "visible_reference_or_ground_truth",
                "hard",
                "veto",
                "sample_visible",
                m));
    }

    static Optional<SampleResource> checklist(Sample s) {
        Map<String, Object> m = new TreeMap<>();
        for (String k : CHECKLIST_KEYS) {
            present(s.metadata().get(k)).ifPresent(v -> m.put(k, v));
        }
        if (m.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(file(
                "sample.checklist_or_constraints",
                "sample/checklist_or_constraints.json",
                "checklist",
                "visible_checklist_or_constraints",
                "hard",
                "veto",
                "sample_visible",
                m));
    }

    private static SampleResource nativeResults(Object results) {
        SampleResource r = file(
                NATIVE_RESULTS_ID,
                "sample/native_checklist_results.json",
                "verifier",
                "native_checklist_results",
                "hard",
                "strong",
                "sample_visible",
                results);
        Map<String, Object> index = new LinkedHashMap<>(r.index());
        index.put(
                "usage_note",
                "Results of the package checklist's deterministic items, already run on every "
                        + "response; use them instead of recounting, and judge the items listed for you.");
        return new SampleResource(r.id(), r.path(), index, r.content(), Optional.empty());
    }

    static SampleResource file(
            String id,
            String path,
            String type,
            String subtype,
            String hardOrSoft,
            String impact,
            String leakage,
            Object content) {
        Map<String, Object> index = entry(id, type, "sample_visible_json", subtype, hardOrSoft, impact, leakage);
        index.put("path", path);
        return new SampleResource(id, path, index, json(content), Optional.empty());
    }

    static Map<String, Object> entry(
            String id, String type, String kind, String subtype, String hardOrSoft, String impact, String leakage) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type);
        m.put("implementation_kind", kind);
        m.put("subtype", subtype);
        m.put("cost", "low");
        m.put("hard_or_soft", hardOrSoft);
        m.put("decision_impact", impact);
        m.put("leakage_level", leakage);
        return m;
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            return String.valueOf(o);
        }
    }

    private static Optional<Object> present(Object v) {
        if (v == null
                || (v instanceof String s && s.isBlank())
                || (v instanceof Map<?, ?> m && m.isEmpty())
                || (v instanceof List<?> l && l.isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(v);
    }
}
