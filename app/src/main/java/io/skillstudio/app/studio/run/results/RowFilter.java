package io.skillstudio.app.studio.run.results;

import java.util.function.Predicate;

/** The results table's filters. */
public enum RowFilter {
    ALL("All samples", r -> true),
    DISAGREEMENTS("Only disagreements", SampleRow::disagrees),
    UNSCORED_OR_PARTIAL("Only unscored or partial", r -> r.status() != RowStatus.SCORED),
    SKILL_MISMATCHES("Only skill mismatches", SampleRow::skillMismatch),
    /** Pairs whose verdict changed when the responses were swapped ({@code --swap}). */
    POSITION_INCONSISTENT("Only position-inconsistent", SampleRow::positionInconsistent);

    private final String text;
    private final Predicate<SampleRow> test;

    RowFilter(String text, Predicate<SampleRow> test) {
        this.text = text;
        this.test = test;
    }

    public boolean test(SampleRow row) {
        return test.test(row);
    }

    @Override
    public String toString() {
        return text;
    }
}
