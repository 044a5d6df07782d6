package io.skillstudio.evaluator.judge.wholeskill;

import io.skillstudio.evaluator.checklist.BoundItem;
import io.skillstudio.evaluator.checklist.ChecklistBinder;
import io.skillstudio.evaluator.checklist.ChecklistItem;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.tools.SampleResource;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sandbox.VerifierSandbox;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * R2's VerInstruct per-sample resources (skillrm-format.md §5.3): {@code sample.verinstruct.checklist},
 * {@code sample.verinstruct.verify_all} and one {@code sample.verinstruct.verifier.<item>} per item with a
 * verifier. Items come from the sample's own checklist (native verifiers, run here) and from upstream's
 * {@code checkers} list in the sample's metadata (text constraints; their Python code runs in the
 * {@link VerifierSandbox}, never in this process).
 */
final class VerInstruct {
    static final String CHECKLIST = "sample.verinstruct.checklist";
    static final String VERIFY_ALL = "sample.verinstruct.verify_all";
    static final String VERIFIER_PREFIX = "sample.verinstruct.verifier.";
    private static final List<String> TEXT_KEYS = List.of(
            "text",
            "checker",
            "constraint",
            "description",
            "instruction",
            "content",
            "rubric",
            "requirement",
            "value",
            "question");
    private static final List<String> ID_KEYS = List.of("item_id", "id", "checker_id", "check_id", "uid");
    private static final List<String> CODE_KEYS = List.of(
            "code",
            "python",
            "python_code",
            "source",
            "source_code",
            "function_code",
            "verifier_code",
            "implementation",
            "script");
    /** Upstream's checker references to a function (§5.1), whose value names the callable to prefer. */
    private static final List<String> REFERENCE_KEYS = List.of(
            "function",
            "function_name",
            "function_id",
            "function_key",
            "verifier",
            "verifier_name",
            "verifier_id",
            "verifier_key",
            "function_ref",
            "verifier_ref",
            "checker_function");

    /**
     * One constraint: a native item (verifier set) or an upstream checker (code possibly set, run in the
     * verifier sandbox).
     *
     * @param verifierName the function name the checker refers to, which upstream's callable choice prefers
     */
    record Item(
            String id,
            String text,
            String tag,
            Optional<ChecklistItem> nativeItem,
            Optional<String> code,
            String verifierName) {}

    private VerInstruct() {}

    static List<Item> items(Sample s) {
        List<Item> out = new ArrayList<>();
        for (ChecklistItem i : s.items()) {
            String text = i.description().isEmpty()
                    ? i.verifier().map(v -> v + " " + i.params()).orElse(i.id())
                    : i.description();
            out.add(new Item(
                    i.id(),
                    text,
                    i.judge() ? "llm" : "rule",
                    i.judge() ? Optional.empty() : Optional.of(i),
                    Optional.empty(),
                    i.verifier().orElse("")));
        }
        if (s.metadata().get("checkers") instanceof List<?> checkers) {
            int n = 0;
            for (Object c : checkers) {
                n++;
                if (c instanceof String text && !text.isBlank()) {
                    out.add(new Item("C" + n, text, "llm", Optional.empty(), Optional.empty(), ""));
                } else if (c instanceof Map<?, ?> m) {
                    Optional<String> text = first(m, TEXT_KEYS);
                    if (text.isPresent()) {
                        Optional<String> code = first(m, CODE_KEYS);
                        out.add(new Item(
                                first(m, ID_KEYS).orElse("C" + n),
                                text.get(),
                                code.isPresent() ? "rule" : "llm",
                                Optional.empty(),
                                code,
                                first(m, REFERENCE_KEYS).orElse("")));
                    }
                }
            }
        }
        return out;
    }

    static List<SampleResource> resources(
            List<Item> items, JudgeSample js, VerifierRegistry registry, Optional<VerifierSandbox> sandbox) {
        if (items.isEmpty()) {
            return List.of();
        }
        ChecklistBinder binder = new ChecklistBinder(registry);
        List<SampleResource> out = new ArrayList<>();
        Map<String, Object> checklist = SampleResources.entry(
                CHECKLIST,
                "checklist",
                "reference",
                "verinstruct_sample_constraints",
                "mixed",
                "strong",
                "sample_visible");
        out.add(new SampleResource(CHECKLIST, CHECKLIST, checklist, render(items), Optional.empty()));
        List<Item> runnable = items.stream()
                .filter(i -> i.nativeItem().isPresent() || i.code().isPresent())
                .toList();
        if (runnable.isEmpty()) {
            return out;
        }
        Map<String, Object> all = SampleResources.entry(
                VERIFY_ALL,
                "verifier",
                "runtime_verifier",
                "sample_rule_verifier_batch",
                "hard",
                "strong",
                "sample_visible");
        all.put(
                "usage_note",
                "Runs every rule verifier of this sample's checklist on the response(s); coverage "
                        + "is partial, judge the other constraints yourself.");
        out.add(new SampleResource(
                VERIFY_ALL,
                VERIFY_ALL,
                all,
                "Runs all " + runnable.size() + " rule verifiers of the sample checklist.",
                Optional.of(() -> runAll(runnable, js, binder, sandbox))));
        for (Item i : runnable) {
            String id = VERIFIER_PREFIX + normalize(i.id());
            Map<String, Object> e = SampleResources.entry(
                    id, "verifier", "runtime_verifier", "sample_rule_verifier", "hard", "strong", "sample_visible");
            e.put("usage_note", "Verifier for constraint " + i.id() + ": " + i.text());
            String view = "# Verifier for " + i.id() + "\n\nConstraint: " + i.text() + "\n\n"
                    + i.code()
                            .map(c -> "```python\n" + c + "\n```\n")
                            .orElse("Native verifier `"
                                    + i.nativeItem()
                                            .flatMap(ChecklistItem::verifier)
                                            .orElse("") + "` with parameters "
                                    + i.nativeItem().map(ChecklistItem::params).orElse(Map.of()) + "\n");
            Supplier<Map<String, Object>> run = () -> runAll(List.of(i), js, binder, sandbox);
            out.add(new SampleResource(id, id, e, view, Optional.of(run)));
        }
        return out;
    }

    /**
     * {@code run_all_sample_verifiers}' shape (§5.5); one block per label when there are several responses.
     * All code items on all responses run in one sandbox process.
     */
    private static Map<String, Object> runAll(
            List<Item> items, JudgeSample js, ChecklistBinder binder, Optional<VerifierSandbox> sandbox) {
        CodeResults code = CodeResults.run(items, js, sandbox);
        if (js.responses().size() == 1) {
            return runOn(items, 0, js, binder, code);
        }
        Map<String, Object> perLabel = new LinkedHashMap<>();
        for (int r = 0; r < js.responses().size(); r++) {
            perLabel.put(JudgeSample.label(r), runOn(items, r, js, binder, code));
        }
        return Map.of("per_label", perLabel);
    }

    private static Map<String, Object> runOn(
            List<Item> items, int response, JudgeSample js, ChecklistBinder binder, CodeResults code) {
        List<Map<String, Object>> per = new ArrayList<>();
        int satisfied = 0;
        int decisive = 0;
        for (Item i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("item_id", i.id());
            m.put("constraint", i.text());
            Boolean ok = null;
            if (i.nativeItem().isPresent()) {
                m.put("verifier_name", i.nativeItem().get().verifier().orElse(""));
                BoundItem b = binder.bind(i.nativeItem().get());
                if (b instanceof BoundItem.Ready ready) {
                    VerifierResult res = ready.verifier()
                            .verify(
                                    new VerifierInput(js.responses().get(response), js.prompt(), js.reference()),
                                    ready.params());
                    ok = switch (res.outcome()) {
                        case PASS -> true;
                        case FAIL -> false;
                        case VALUE -> null; // a measurement, not a verdict: left for the judge
                    };
                    m.put(
                            "raw_result",
                            Map.of(
                                    "outcome",
                                    res.outcome().name().toLowerCase(Locale.ROOT),
                                    "value",
                                    res.value(),
                                    "explanation",
                                    res.explanation()));
                } else if (b instanceof BoundItem.Blocked blocked) {
                    m.put("error", blocked.reason().code() + ": " + blocked.message());
                }
            } else {
                m.put("verifier_name", i.verifierName().isEmpty() ? "python" : i.verifierName());
                ok = code.fill(i, response, m);
            }
            m.put("satisfied", ok);
            if (ok != null) {
                decisive++;
                satisfied += ok ? 1 : 0;
            }
            per.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("verdict", decisive > 0 ? "ok" : "inconclusive");
        out.put("satisfied_count", decisive > 0 ? satisfied : null);
        out.put("total_count", decisive > 0 ? decisive : null);
        out.put("aggregate_rule_score", decisive > 0 ? (double) satisfied / decisive : null);
        out.put("per_item", per);
        code.isolation().ifPresent(l -> out.put("verifier_code_isolation", l));
        out.put("usage_note", "Rule verifiers cover only some constraints; judge the rest semantically.");
        return out;
    }

    static String render(List<Item> items) {
        StringBuilder b = new StringBuilder("# VerInstruct Sample Checklist\n\n");
        for (Item i : items) {
            b.append("- ")
                    .append(i.id())
                    .append(" [")
                    .append(i.tag())
                    .append("]: ")
                    .append(i.text());
            i.nativeItem()
                    .flatMap(ChecklistItem::verifier)
                    .ifPresent(v -> b.append(" (").append(v).append(')'));
            b.append('\n');
        }
        return b.toString();
    }

    /** R2's id normalization: runs of characters outside {@code [A-Za-z0-9_.-]} become {@code _}. */
    static String normalize(String id) {
        return id.replaceAll("[^A-Za-z0-9_.-]+", "_").replaceAll("^_+|_+$", "");
    }

    private static Optional<String> first(Map<?, ?> m, List<String> keys) {
        for (String k : keys) {
            Object v = m.get(k);
            if (v instanceof String s && !s.isBlank()) {
                return Optional.of(s);
            }
            if (v instanceof Number n) {
                return Optional.of(n.toString());
            }
        }
        return Optional.empty();
    }
}
