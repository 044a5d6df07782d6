package io.skillstudio.evaluator.python;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The run-level fuse on regex work (issue 8): a total of character reads for a whole run. It never
 * takes part in scoring: each sample keeps its own {@link RegexBudget#PER_SAMPLE}, and what a sample
 * spent is added here only when its scoring ends. A run checks {@link #exhausted()} between samples
 * and, once it is, stops like a cancel: finished samples stand as written, the rest are not run. So no
 * reward depends on which samples ran first or how threads were scheduled; only how far the run got.
 */
public final class RegexRunBudget {

    /**
     * 10^12 character reads: 10,000 responses that each spend their whole per-sample budget, while an
     * ordinary response needs thousands to a few hundred thousand (a million-sample run fits).
     */
    public static final long DEFAULT_LIMIT = 1_000_000_000_000L;

    /** A fuse that never blows, for callers that do not want one. */
    public static final RegexRunBudget UNLIMITED = new RegexRunBudget(Long.MAX_VALUE);

    private static final ThreadLocal<RegexRunBudget> CURRENT = new ThreadLocal<>();

    private final long limit;
    private final LongAdder spent = new LongAdder();

    public RegexRunBudget(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException(
                    "the run's regex budget must be at least 1 character read, got " + limit);
        }
        this.limit = limit;
    }

    public static RegexRunBudget ofDefault() {
        return new RegexRunBudget(DEFAULT_LIMIT);
    }

    /** Runs one sample's scoring on this thread, adding what its per-sample budgets spent to this run. */
    public <T> T charge(Supplier<T> work) {
        RegexRunBudget outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** True once the run's samples together have spent the limit; checked between samples only. */
    public boolean exhausted() {
        return spent.sum() >= limit;
    }

    public long limit() {
        return limit;
    }

    public long spent() {
        return spent.sum();
    }

    /** The message a run stopped by this fuse reports. */
    public String stopMessage() {
        return "the run's regex budget of " + limit + " character reads was spent (" + spent()
                + " used); samples not started by then were not run";
    }

    /** Called by {@link RegexBudget#perSample} when an outermost per-sample budget ends. */
    static void record(long reads) {
        RegexRunBudget run = CURRENT.get();
        if (run != null && reads > 0) {
            run.spent.add(reads);
        }
    }
}
