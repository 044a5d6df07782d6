package io.skillstudio.evaluator.ifeval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.python.RegexBudget;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiled patterns for kwargs that IFEval uses as regexes (keywords, forbidden words, section
 * splitters). A reward call must not recompile them, so they are cached; the cache is bounded (least
 * recently used patterns are evicted) so arbitrary user kwargs cannot exhaust memory.
 */
final class PatternCache {

    static final int IGNORE_CASE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Python's Unicode {@code \b}, spelled with Python's {@code \w}. */
    static final String WORD_BOUNDARY =
            "(?:(?<=" + PyText.W + ")(?!" + PyText.W + ")|(?<!" + PyText.W + ")(?=" + PyText.W + "))";

    static final int MAX = 4096;
    private static final Cache<Key, Optional<Pattern>> CACHE = Caffeine.newBuilder().maximumSize(MAX).build();

    private record Key(String regex, int flags) {}

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
        return CACHE.get(new Key(regex, flags), k -> compile(k.regex(), k.flags() | Pattern.UNIX_LINES));
    }

    /** The number of cached patterns once pending evictions have run; for tests of the bound. */
    static long size() {
        CACHE.cleanUp();
        return CACHE.estimatedSize();
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
