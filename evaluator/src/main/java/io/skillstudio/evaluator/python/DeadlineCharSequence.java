package io.skillstudio.evaluator.python;

/**
 * The subject text as the regex engine sees it, checking a deadline every few thousand reads. The
 * JDK matcher has no timeout, and a backtracking pattern reads characters constantly, so this is the
 * cheapest place to stop a runaway match. Shared by the constraint verifiers and IFEval, whose
 * patterns come from user kwargs.
 */
public final class DeadlineCharSequence implements CharSequence {

    private static final int CHECK_EVERY = 1 << 12;

    private final String text;
    private final long deadlineNanos;
    private int reads;

    public DeadlineCharSequence(String text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public char charAt(int index) {
        if (++reads >= CHECK_EVERY) {
            reads = 0;
            if (System.nanoTime() - deadlineNanos > 0) {
                throw new RegexBudgetExceededException("regex exceeded its time budget");
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
