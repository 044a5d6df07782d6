package io.skillstudio.evaluator.constraints;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.skillstudio.evaluator.python.regex.PyRegex;
import io.skillstudio.evaluator.python.regex.PyRegexException;
import java.util.List;

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

    /** Bound of each cache below: levels and languages come from untrusted parameters. */
    static final int MAX_CACHED = 256;

    private static final Cache<Integer, PyRegex> HEADING_BY_LEVEL =
            Caffeine.newBuilder().maximumSize(MAX_CACHED).build();
    private static final Cache<String, PyRegex> BLOCK_BY_LANGUAGE =
            Caffeine.newBuilder().maximumSize(MAX_CACHED).build();

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
        return HEADING_BY_LEVEL.get(level, l -> compileConstant("(?m)^\\s{0,3}#{" + l + "}\\s+\\S"));
    }

    /**
     * {@code (?ms)^```<re.escape(language)>\s.*?^```}, or the fence-line pattern when the language is
     * missing or empty (upstream tests {@code if language:}).
     */
    static PyRegex codeBlock(String language) {
        if (language == null || language.isEmpty()) {
            return FENCE;
        }
        return BLOCK_BY_LANGUAGE.get(language, l -> compileConstant("(?ms)^```" + escape(l) + "\\s.*?^```"));
    }

    /** The number of cached heading and code-block patterns once pending evictions have run; for tests of the bound. */
    static long cachedPatterns() {
        HEADING_BY_LEVEL.cleanUp();
        BLOCK_BY_LANGUAGE.cleanUp();
        return HEADING_BY_LEVEL.estimatedSize() + BLOCK_BY_LANGUAGE.estimatedSize();
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
