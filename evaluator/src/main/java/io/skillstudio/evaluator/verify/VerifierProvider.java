package io.skillstudio.evaluator.verify;

import java.util.List;

/**
 * A family of verifiers, found with {@link java.util.ServiceLoader} so each family lives in its own
 * package and registers itself in {@code META-INF/services}.
 */
public interface VerifierProvider {
    List<Verifier> verifiers();
}
