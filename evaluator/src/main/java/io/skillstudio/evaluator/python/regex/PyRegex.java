package io.skillstudio.evaluator.python.regex;

import io.skillstudio.evaluator.python.RegexBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Python {@code re} pattern compiled to java.util.regex, with a step budget ({@link RegexBudget}) on
 * every match so a model-written pattern cannot hang the evaluator. Immutable and thread safe. This is
 * the one path from a Python pattern (a constraint helper's argument, an IFEval kwarg) to a Java
 * matcher: Unicode {@code \w \d \s \b} by default, named groups, Python's flags and its errors.
 */
public final class PyRegex {

    private final String source;
    private final int flags;
    private final Pattern pattern;

    private PyRegex(String source, int flags, Pattern pattern) {
        this.source = source;
        this.flags = flags;
        this.pattern = pattern;
    }

    /** Compiles like {@code re.compile(pattern, flags)}; Python's rejections become exceptions. */
    public static PyRegex compile(String pattern, int flags) throws PyRegexException {
        PyRegexTranslator.Result r = PyRegexTranslator.translate(pattern, flags);
        int javaFlags = 0;
        if ((r.flags() & PyFlags.IGNORECASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE;
            if ((r.flags() & PyFlags.ASCII) == 0) {
                javaFlags |= Pattern.UNICODE_CASE;
            }
        }
        try {
            return new PyRegex(pattern, flags, Pattern.compile(r.javaSource(), javaFlags));
        } catch (PatternSyntaxException e) {
            // Mostly look-behinds without a bounded width, which Python rejects as well.
            throw new PyRegexException("unsupported pattern: " + e.getDescription(), 0);
        } catch (StackOverflowError e) {
            throw new PyRegexException("pattern too deeply nested", 0);
        }
    }

    /**
     * Whether {@code pattern} is a non-empty plain string that matches only itself: no metacharacter and
     * no surrogate (so a scan may stand in for the regex).
     */
    public static boolean isLiteral(String pattern) {
        if (pattern.isEmpty()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public String source() {
        return source;
    }

    public int flags() {
        return flags;
    }

    /** The number of capturing groups, as Python's {@code Pattern.groups}. */
    public int groups() {
        return pattern.matcher("").groupCount();
    }

    /**
     * A matcher over {@code text} whose reads count against {@link RegexBudget}, for callers that need
     * regions or {@code lookingAt}; run its matches inside {@link RegexBudget#guard}. Group numbers are
     * Python's.
     */
    public Matcher matcher(String text) {
        return RegexBudget.matcher(pattern, text);
    }

    /** {@code len(re.findall(pattern, text))}. */
    public int count(String text) {
        return spans(text, Integer.MAX_VALUE).size();
    }

    /** {@code re.search(pattern, text) is not None}. */
    public boolean search(String text) {
        return RegexBudget.guard(() -> RegexBudget.matcher(pattern, text).find());
    }

    /**
     * The first {@code limit} matches as UTF-16 {@code [start, end)} pairs, in findall order. Known
     * difference: after an empty match Python 3.7+ may still find a non-empty match at the same
     * position (pattern {@code |a}); this loop, like Java, moves on.
     */
    public List<int[]> spans(String text, int limit) {
        return RegexBudget.guard(() -> findAll(text, limit));
    }

    private List<int[]> findAll(String text, int limit) {
        Matcher m = RegexBudget.matcher(pattern, text);
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (out.size() < limit && from <= text.length() && m.find(from)) {
            out.add(new int[] {m.start(), m.end()});
            // After an empty match Python moves on by one code point; Java's own find() would step
            // one UTF-16 unit and match again between the halves of a surrogate pair.
            from = m.end() > m.start()
                    ? m.end()
                    : m.end() + (m.end() < text.length() ? Character.charCount(text.codePointAt(m.end())) : 1);
        }
        return out;
    }

    @Override
    public String toString() {
        return "PyRegex[" + source + ", flags=" + flags + ", java=" + pattern.pattern() + "]";
    }
}
