package io.skillstudio.evaluator.verify;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;

/** Verifiers by id. Immutable once built, so lookups need no locking on the hot path. */
public final class VerifierRegistry {

    private static volatile VerifierRegistry standard;

    private final Map<String, Verifier> byId;

    private VerifierRegistry(Map<String, Verifier> byId) {
        this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    /** Every verifier on the class path, loaded once. */
    public static VerifierRegistry standard() {
        VerifierRegistry r = standard;
        if (r == null) {
            synchronized (VerifierRegistry.class) {
                r = standard;
                if (r == null) {
                    Builder b = builder();
                    for (VerifierProvider p :
                            ServiceLoader.load(VerifierProvider.class, VerifierRegistry.class.getClassLoader())) {
                        p.verifiers().forEach(b::add);
                    }
                    standard = r = b.build();
                }
            }
        }
        return r;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Verifier> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Verifier> all() {
        return byId.values();
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /** Collects verifiers; a duplicate id is a programming error and fails fast. */
    public static final class Builder {
        private final Map<String, Verifier> byId = new LinkedHashMap<>();

        public Builder add(Verifier v) {
            if (byId.putIfAbsent(v.id(), v) != null) {
                throw new IllegalStateException("duplicate verifier id " + v.id());
            }
            return this;
        }

        public VerifierRegistry build() {
            return new VerifierRegistry(byId);
        }
    }
}
