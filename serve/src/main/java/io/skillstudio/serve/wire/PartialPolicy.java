package io.skillstudio.serve.wire;

import java.util.Locale;

/**
 * What {@code /get_reward} sends for a partial result (a value computed from the judged items only, some
 * items unjudged), chosen when the server starts ({@code --partial-as}). Every partial item is flagged in
 * {@code extra_logs.partial} whatever the policy.
 */
public enum PartialPolicy {
    /** The value from the judged items, as {@code eval} reports it (the default). */
    VALUE,
    /** The item is answered as an unscored one: the {@code --unscored-as} policy applies to it. */
    UNSCORED;

    /** The policy as written on the command line and in responses. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException unless {@code value} or {@code unscored} */
    public static PartialPolicy parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (PartialPolicy p : values()) {
            if (p.code().equals(t)) {
                return p;
            }
        }
        throw new IllegalArgumentException("--partial-as must be value or unscored, got '" + text + "'");
    }
}
