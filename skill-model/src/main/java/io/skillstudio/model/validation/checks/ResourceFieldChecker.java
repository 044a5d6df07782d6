package io.skillstudio.model.validation.checks;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.DiagnosticCode;
import io.skillstudio.model.load.UpstreamFileRules;
import io.skillstudio.model.resources.KnownValues;
import io.skillstudio.model.resources.ResourceEntry;
import io.skillstudio.model.validation.CheckContext;
import io.skillstudio.model.validation.PackageChecker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Field types and values: list fields hold lists of strings, scalar fields hold scalars, enum-like
 * fields use the values upstream's packages use, and unknown keys are pointed out (kept either way).
 */
public final class ResourceFieldChecker implements PackageChecker {

    private static final String FILE = UpstreamFileRules.RESOURCES_YAML;

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> out = new ArrayList<>();
        for (ResourceEntry e : context.pkg().manifest().map(m -> m.entries()).orElse(List.of())) {
            for (Map.Entry<String, Object> f : e.fields().entrySet()) {
                checkField(e, f.getKey(), f.getValue(), out);
            }
        }
        return out;
    }

    private static void checkField(ResourceEntry e, String key, Object value, List<Diagnostic> out) {
        var keyPos = e.positionOf(key);
        var valuePos = e.positionOf(key + "#value");
        if (!KnownValues.FIELDS.contains(key)) {
            out.add(Diagnostic.at(
                            DiagnosticCode.RESOURCE_UNKNOWN_FIELD,
                            FILE,
                            keyPos.line(),
                            keyPos.column(),
                            "'" + key + "' is not a field upstream knows; it is kept but nothing reads it")
                    .withLength(key.length()));
            return;
        }
        if (value == null) {
            return;
        }
        boolean listField = KnownValues.LIST_FIELDS.contains(key);
        if (listField && !(value instanceof List)) {
            out.add(Diagnostic.at(
                    DiagnosticCode.RESOURCE_FIELD_TYPE,
                    FILE,
                    valuePos.line(),
                    valuePos.column(),
                    "'" + key + "' must be a list, e.g. " + key + ": [a, b]"));
            return;
        }
        if (!listField && (value instanceof List || value instanceof Map)) {
            out.add(Diagnostic.at(
                    DiagnosticCode.RESOURCE_FIELD_TYPE,
                    FILE,
                    valuePos.line(),
                    valuePos.column(),
                    "'" + key + "' must be a single value, not a " + (value instanceof List ? "list" : "mapping")));
            return;
        }
        List<String> known = KnownValues.ENUM_FIELDS.get(key);
        if (known == null) {
            return;
        }
        List<?> values = value instanceof List<?> l ? l : List.of(value);
        for (Object v : values) {
            if (v instanceof Map || v instanceof List) {
                out.add(Diagnostic.at(
                        DiagnosticCode.RESOURCE_FIELD_TYPE,
                        FILE,
                        valuePos.line(),
                        valuePos.column(),
                        "'" + key + "' items must be plain values"));
            } else if (v != null && !known.contains(String.valueOf(v))) {
                out.add(Diagnostic.at(
                                DiagnosticCode.RESOURCE_UNKNOWN_ENUM,
                                FILE,
                                valuePos.line(),
                                valuePos.column(),
                                key + " '" + v + "' is not one of the known values " + known)
                        .withFix(closest(String.valueOf(v), known)));
            }
        }
    }

    /** The known value sharing the longest prefix, as a hint for typos. */
    static String closest(String v, List<String> known) {
        String best = known.get(0);
        int bestScore = -1;
        for (String k : known) {
            int score = 0;
            while (score < Math.min(k.length(), v.length()) && k.charAt(score) == v.charAt(score)) {
                score++;
            }
            if (score > bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return "did you mean '" + best + "'?";
    }
}
