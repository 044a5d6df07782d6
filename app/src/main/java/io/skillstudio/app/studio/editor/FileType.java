package io.skillstudio.app.studio.editor;

import java.util.Locale;

/** How a file is highlighted, chosen by its name. */
public enum FileType {
    MARKDOWN,
    YAML,
    JSON,
    PYTHON,
    PLAIN;

    public static FileType of(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".md") || p.endsWith(".markdown")) {
            return MARKDOWN;
        }
        if (p.endsWith(".yaml") || p.endsWith(".yml")) {
            return YAML;
        }
        if (p.endsWith(".json") || p.endsWith(".jsonl")) {
            return JSON;
        }
        if (p.endsWith(".py")) {
            return PYTHON;
        }
        return PLAIN;
    }
}
