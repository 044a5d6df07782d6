package io.skillstudio.evaluator.python;

/**
 * The subject text as the regex engine sees it, counting every character read against a step budget.
 * The JDK matcher has no budget of its own, and a backtracking pattern reads characters constantly, so
 * this is the cheapest place to stop a runaway match. The count, unlike a clock, is a function of the
 * pattern and the text alone: the same input ends the same way on every run and every machine load.
 * Reads are charged to the match's own budget and to the sample's ({@link RegexBudget#perSample}).
 */
public final class BudgetedCharSequence implements CharSequence {

    private final String text;
    private final long[] sample;
    private long left;

    BudgetedCharSequence(String text, long perMatch, long[] sample) {
        this.text = text;
        this.left = perMatch;
        this.sample = sample;
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw new RegexBudgetExceededException(
                    "regex exceeded its budget of " + RegexBudget.PER_MATCH + " character reads");
        }
        if (sample != null && --sample[0] < 0) {
            throw new RegexBudgetExceededException(
                    "the sample's regexes exceeded their budget of " + RegexBudget.PER_SAMPLE + " character reads");
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
