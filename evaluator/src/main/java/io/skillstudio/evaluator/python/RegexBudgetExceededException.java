package io.skillstudio.evaluator.python;

/**
 * A regex spent its step budget (catastrophic backtracking) or overflowed the matcher's stack. Not a
 * verdict: the item it happened in is unscored with reason {@code verifier_budget}, never a FAIL.
 */
public final class RegexBudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegexBudgetExceededException(String message) {
        super(message, null, false, false);
    }
}
