package io.skillstudio.evaluator.constraints;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Markdown helpers. They are regex counts in Python, so they run through {@link PyRegex} with the
 * exact upstream patterns; that keeps quirks such as {@code \s} spanning blank lines after a bare
 * {@code #}, or {@code #{-1}} being literal text, identical.
 */
final class MarkdownCounts {

    static final PyRegex HEADING = compileConstant("(?m)^\\s{0,3}#{1,6}\\s+\\S");
    static final PyRegex BULLET = compileConstant("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s+\\S");
    static final PyRegex NUMBERED = compileConstant("(?m)^\\s*\\d+[.)]\\s+\\S");
    static final PyRegex FENCE = compileConstant("(?m)^```");

    private static final Map<Integer, PyRegex> HEADING_BY_LEVEL = new ConcurrentHashMap<>();
    private static final Map<String, PyRegex> BLOCK_BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_LANGUAGES = 256;

    private MarkdownCounts() {}

    static PyRegex compileConstant(String pattern) {
        try {
            return PyRegex.compile(pattern, 0);
        } catch (PyRegexException e) {
            throw new IllegalStateException("built-in pattern does not translate: " + pattern, e);
        }
    }

    /** The heading pattern for {@code level} (any int, as Python formats it into the pattern). */
    static PyRegex heading(Integer level) {
        if (level == null) {
            return HEADING;
        }
        return HEADING_BY_LEVEL.computeIfAbsent(level,
                l -> compileConstant("(?m)^\\s{0,3}#{" + l + "}\\s+\\S"));
    }

    /**
     * {@code (?ms)^```<re.escape(language)>\s.*?^```}, or the fence-line pattern when the language is
     * missing or empty (upstream tests {@code if language:}).
     */
    static PyRegex codeBlock(String language) {
        if (language == null || language.isEmpty()) {
            return FENCE;
        }
        PyRegex cached = BLOCK_BY_LANGUAGE.get(language);
        if (cached != null) {
            return cached;
        }
        PyRegex compiled = compileConstant("(?ms)^```" + escape(language) + "\\s.*?^```");
        if (BLOCK_BY_LANGUAGE.size() < MAX_CACHED_LANGUAGES) {
            BLOCK_BY_LANGUAGE.put(language, compiled);
        }
        return compiled;
    }

    /** Escapes every ASCII character that is not a letter, digit or underscore, like {@code re.escape}. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && !Character.isLetterOrDigit(c) && c != '_') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    static List<int[]> spans(PyRegex regex, String text, int limit) {
        return regex.spans(text, limit);
    }
}
