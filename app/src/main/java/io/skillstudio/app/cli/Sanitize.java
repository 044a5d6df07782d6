package io.skillstudio.app.cli;

import io.skillstudio.model.diagnostics.TerminalText;

/** Text from packages, samples and models is shown on a terminal only with its control characters escaped. */
final class Sanitize {

    private Sanitize() {}

    /** {@link TerminalText#safe(String)}, with null shown as empty: one escaping rule for every command. */
    static String terminal(String s) {
        return s == null ? "" : TerminalText.safe(s);
    }
}
