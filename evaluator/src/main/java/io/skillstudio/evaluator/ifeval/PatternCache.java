package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.python.RegexBudget;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiled patterns for kwargs that IFEval uses as regexes (keywords, forbidden words, section
 * splitters). A reward call must not recompile them, so they are cached; the cache is cleared when it
 * grows past a bound so arbitrary user kwargs cannot exhaust memory.
 */
final class PatternCache {

    static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Python's Unicode {@code \b}, spelled with Python's {@code \w}. */
    static final String WORD_BOUNDARY =
            "(?:(?<=" + PyText.W + ")(?!" + PyText.W + ")|(?<!" + PyText.W + ")(?=" + PyText.W + "))";

    private static final int MAX = 4096;
    private static final ConcurrentHashMap<String, Optional<Pattern>> CACHE = new ConcurrentHashMap<>();

    private PatternCache() {}

    /**
     * A matcher over {@code text} with {@link RegexBudget}'s step budgets: a catastrophic kwarg pattern
     * ({@code (a|b)*c} on a long response) throws {@code RegexBudgetExceededException} after a fixed
     * number of character reads instead of pinning a worker thread.
     */
    static Matcher matcher(Pattern pattern, String text) {
        return RegexBudget.matcher(pattern, text);
    }

    /** The pattern, or empty when the text is not a valid regex. UNIX_LINES keeps Python's {@code .} and {@code $}. */
    static Optional<Pattern> get(String regex, int flags) {
        String key = flags + "\u0000" + regex;
        Optional<Pattern> p = CACHE.get(key);
        if (p == null) {
            if (CACHE.size() > MAX) {
                CACHE.clear();
            }
            p = compile(regex, flags | Pattern.UNIX_LINES);
            CACHE.put(key, p);
        }
        return p;
    }

    /** Whether {@code regex} is a non-empty plain string: no metacharacter, no surrogate. */
    static boolean isLiteral(String regex) {
        if (regex.isEmpty()) {
            return false;
        }
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if ("\\^$.|?*+()[]{}".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Pattern> compile(String regex, int flags) {
        try {
            return Optional.of(Pattern.compile(regex, flags));
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
    }
}
