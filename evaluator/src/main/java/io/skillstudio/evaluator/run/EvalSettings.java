package io.skillstudio.evaluator.run;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of one run.
 *
 * @param tieMargin pairwise: |score A - score B| at or below this is a Tie; listwise ignores it
 * @param threads how many samples run at once (bounded parallelism)
 * @param checklistId the checklist resource to use; empty means the package's first YAML checklist
 */
public record EvalSettings(EvalMode mode, double tieMargin, int threads, Optional<String> checklistId) {

    public EvalSettings {
        Objects.requireNonNull(mode, "mode");
        if (!(tieMargin >= 0 && tieMargin <= 1)) {
            throw new IllegalArgumentException("tie margin must be in [0,1], got " + tieMargin);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        Objects.requireNonNull(checklistId, "checklistId");
    }

    public static EvalSettings of(EvalMode mode) {
        return new EvalSettings(mode, 0.0, 1, Optional.empty());
    }

    public EvalSettings withTieMargin(double margin) {
        return new EvalSettings(mode, margin, threads, checklistId);
    }

    public EvalSettings withThreads(int n) {
        return new EvalSettings(mode, tieMargin, n, checklistId);
    }

    public EvalSettings withChecklist(String id) {
        return new EvalSettings(mode, tieMargin, threads, Optional.of(id));
    }

    /** The settings that can change a result, as stamped into provenance (threads cannot, so they are left out). */
    public Map<String, Object> resultAffecting() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mode", mode.code());
        out.put("tieMargin", tieMargin);
        return out;
    }
}
