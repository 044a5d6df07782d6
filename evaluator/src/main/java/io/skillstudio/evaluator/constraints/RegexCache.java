package io.skillstudio.evaluator.constraints;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Compiled patterns by (pattern, flags). A checklist uses a handful of patterns across millions of
 * responses, so translation happens once; the cache is dropped wholesale if it ever grows large.
 */
final class RegexCache {

    private static final int MAX_ENTRIES = 1024;
    private static final Map<Key, Object> CACHE = new ConcurrentHashMap<>();

    private record Key(String pattern, int flags) {}

    private RegexCache() {}

    /** The compiled pattern, or the exception Python would raise. */
    static PyRegex get(String pattern, int flags) throws PyRegexException {
        Key key = new Key(pattern, flags);
        Object hit = CACHE.get(key);
        if (hit == null) {
            try {
                hit = PyRegex.compile(pattern, flags);
            } catch (PyRegexException e) {
                hit = e;
            }
            if (CACHE.size() >= MAX_ENTRIES) {
                CACHE.clear();
            }
            CACHE.put(key, hit);
        }
        if (hit instanceof PyRegexException e) {
            throw new PyRegexException(e.getMessage().replaceFirst(" at position \\d+$", ""), e.position());
        }
        return (PyRegex) hit;
    }
}
