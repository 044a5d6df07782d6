package io.skillstudio.evaluator.python.regex;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;

/**
 * Compiled patterns by (pattern, flags), shared by the constraint helpers and IFEval's kwargs. A
 * checklist or an IFEval prompt uses a handful of patterns across millions of responses, so translation
 * happens once; the cache is bounded (least recently used entries are evicted) so arbitrary patterns
 * cannot exhaust memory. A pattern that does not translate caches its exception.
 */
public final class RegexCache {

    /** The bound on cached patterns. */
    public static final int MAX_ENTRIES = 4096;

    private static final Cache<Key, Object> CACHE =
            Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    private record Key(String pattern, int flags) {}

    private RegexCache() {}

    /** The compiled pattern, or the exception Python would raise. */
    public static PyRegex get(String pattern, int flags) throws PyRegexException {
        Object hit = CACHE.get(new Key(pattern, flags), RegexCache::compile);
        if (hit instanceof PyRegexException e) {
            throw new PyRegexException(e.getMessage().replaceFirst(" at position \\d+$", ""), e.position());
        }
        return (PyRegex) hit;
    }

    /** The compiled pattern, or empty when Python would reject it (for kwargs validated before use). */
    public static Optional<PyRegex> find(String pattern, int flags) {
        return CACHE.get(new Key(pattern, flags), RegexCache::compile) instanceof PyRegex r
                ? Optional.of(r)
                : Optional.empty();
    }

    /** The number of cached patterns once pending evictions have run; for tests of the bound. */
    public static long size() {
        CACHE.cleanUp();
        return CACHE.estimatedSize();
    }

    private static Object compile(Key key) {
        try {
            return PyRegex.compile(key.pattern(), key.flags());
        } catch (PyRegexException e) {
            return e;
        }
    }
}
