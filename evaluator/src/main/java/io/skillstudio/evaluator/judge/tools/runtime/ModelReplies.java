package io.skillstudio.evaluator.judge.tools.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** Shared pieces of upstream's runtime resource results. */
final class ModelReplies {
    private ModelReplies() {}

    /** Upstream's early exit of a runner: {@code {verdict: "inconclusive", source, error}}, no call made. */
    static Map<String, Object> inconclusive(String source, String error) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("verdict", "inconclusive");
        r.put("source", source);
        r.put("error", error);
        return r;
    }

    /** Upstream's {@code truncate_text}: cut to {@code max} characters (code points, as Python) with a marker. */
    static String truncate(String text, int max) {
        String v = text == null ? "" : text;
        if (v.codePointCount(0, v.length()) <= max) {
            return v;
        }
        return v.substring(0, v.offsetByCodePoints(0, max)) + "...[truncated]";
    }
}
