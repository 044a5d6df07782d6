package io.skillstudio.evaluator.python;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Step budgets for patterns that come from packages, samples and kwargs (the constraint verifiers and
 * IFEval): one per match and one per sample, both counted in character reads, never in time, so a
 * reward stays a function of its inputs. An exhausted budget, or a matcher stack overflow, throws
 * {@link RegexBudgetExceededException}; callers turn it into an unscored {@code verifier_budget} item.
 *
 * <p>The per-run budget is a fuse, not a budget the samples share ({@link RegexRunBudget}): sharing
 * would make a sample's outcome depend on which samples ran before it. What each sample spent is
 * added to the run's total when the sample ends, and the run stops between samples once it is spent.
 */
public final class RegexBudget {
    /** Character reads one match may make; ordinary helpers on a long response need well under 1%. */
    public static final long PER_MATCH = 20_000_000L;
    /** Character reads all matches of one sample may make together (40 hostile keywords stop here). */
    public static final long PER_SAMPLE = 100_000_000L;

    private static final ThreadLocal<long[]> SAMPLE = new ThreadLocal<>();

    private RegexBudget() {}

    /**
     * Runs one sample's scoring with a fresh per-sample budget on this thread. Nested calls share the
     * outer budget, so a sample scored through several layers is charged once.
     */
    public static <T> T perSample(Supplier<T> work) {
        if (SAMPLE.get() != null) {
            return work.get();
        }
        long[] left = {PER_SAMPLE};
        SAMPLE.set(left);
        try {
            return work.get();
        } finally {
            SAMPLE.remove();
            RegexRunBudget.record(PER_SAMPLE - Math.max(0, left[0]));
        }
    }

    /** A matcher over {@code text} that counts its reads against both budgets. */
    public static Matcher matcher(Pattern pattern, String text) {
        return pattern.matcher(new BudgetedCharSequence(text, PER_MATCH, SAMPLE.get()));
    }

    /** Runs a match, turning a matcher stack overflow into the same budget state. */
    public static <T> T guard(Supplier<T> match) {
        try {
            return match.get();
        } catch (StackOverflowError e) {
            throw new RegexBudgetExceededException("regex overflowed the matcher stack");
        }
    }
}
