package io.skillstudio.evaluator.judge.tools;

import java.util.LinkedHashMap;
import java.util.Map;

/** Result maps in upstream's shape: {@code ok}, {@code tool}, then the payload or {@code error}. */
final class ToolResults {
    private ToolResults() {}

    static Map<String, Object> ok(String tool) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", true);
        m.put("tool", tool);
        return m;
    }

    static Map<String, Object> error(String tool, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", false);
        m.put("tool", tool);
        m.put("error", message);
        return m;
    }
}
