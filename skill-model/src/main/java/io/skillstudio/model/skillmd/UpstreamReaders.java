package io.skillstudio.model.skillmd;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the upstream runtimes read as name and description (skillrm-format.md §1.5). They scan the
 * whole SKILL.md with line regexes instead of parsing YAML, so block scalars and quoted names come
 * out wrong; lints compare these readings with the real YAML values.
 */
public final class UpstreamReaders {

    /** R1 and R2 fall back to this name when the regex does not match (R2 to the folder name). */
    public static final String R1_DEFAULT_NAME = "reward-judge";

    private static final Pattern R1_NAME =
            Pattern.compile("^name:\\s*([A-Za-z0-9_.-]+)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern R1_DESCRIPTION =
            Pattern.compile("^description:\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern R2_DESCRIPTION = Pattern.compile(
            "^description:\\s*(.+?)(?:\\n[a-zA-Z_-]+:|\\n---)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE | Pattern.DOTALL);

    private UpstreamReaders() {}

    /** The R1 name regex result; empty when upstream would fall back to its default. */
    public static Optional<String> r1Name(String skillMd) {
        Matcher m = R1_NAME.matcher(normalizeNewlines(skillMd));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** R1's description: first line after {@code description:}, with {@code "} removed. */
    public static Optional<String> r1Description(String skillMd) {
        Matcher m = R1_DESCRIPTION.matcher(normalizeNewlines(skillMd));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).strip().replace("\"", "").strip());
    }

    /** R2's description: up to the next key or fence, pipes turned to spaces, whitespace collapsed. */
    public static Optional<String> r2Description(String skillMd) {
        Matcher m = R2_DESCRIPTION.matcher(normalizeNewlines(skillMd));
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).replace('|', ' ').replaceAll("\\s+", " ").strip());
    }

    /** Upstream reads directories with universal newlines; a studio reading must do the same. */
    private static String normalizeNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
