package io.skillstudio.evaluator.python;

/** A regex ran past its time budget (catastrophic backtracking) or overflowed the matcher's stack. */
public final class RegexBudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegexBudgetExceededException(String message) {
        super(message, null, false, false);
    }
}
