package io.skillstudio.model.diagnostics;

import java.util.Locale;

/** How bad a finding is; only {@link #ERROR} makes {@code validate} exit with 1. */
public enum Severity {
    ERROR,
    WARNING,
    INFO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
