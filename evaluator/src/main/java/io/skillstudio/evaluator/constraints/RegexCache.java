package io.skillstudio.evaluator.constraints;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Compiled patterns by (pattern, flags). A checklist uses a handful of patterns across millions of
 * responses, so translation happens once; the cache is bounded (least recently used entries are evicted)
 * so arbitrary patterns cannot exhaust memory. A pattern that does not translate caches its exception.
 */
final class RegexCache {

    static final int MAX_ENTRIES = 1024;
    private static final Cache<Key, Object> CACHE = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).build();

    private record Key(String pattern, int flags) {}

    private RegexCache() {}

    /** The compiled pattern, or the exception Python would raise. */
    static PyRegex get(String pattern, int flags) throws PyRegexException {
        Object hit = CACHE.get(new Key(pattern, flags), RegexCache::compile);
        if (hit instanceof PyRegexException e) {
            throw new PyRegexException(e.getMessage().replaceFirst(" at position \\d+$", ""), e.position());
        }
        return (PyRegex) hit;
    }

    /** The number of cached patterns once pending evictions have run; for tests of the bound. */
    static long size() {
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
