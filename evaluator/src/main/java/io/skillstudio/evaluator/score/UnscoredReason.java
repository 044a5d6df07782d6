package io.skillstudio.evaluator.score;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Why a result (or an item) carries no score: the one enum for "why unscored", used by the checklist
 * evaluator and the model judge alike. The codes are wire values (results, traces, trainer adapters
 * count them), so they are never renamed; docs/judge.md maps them to upstream's coercions.
 */
public enum UnscoredReason {
    /** An item needs the model judge, which this run does not have. */
    JUDGE_UNAVAILABLE,
    /** An item names a verifier id the registry does not know. */
    VERIFIER_MISSING,
    /** The sample (or an item's parameters) cannot be evaluated as written. */
    INVALID_INPUT,
    /** A verifier threw or returned a value outside [0,1]. */
    VERIFIER_ERROR,
    /**
     * A verifier's regex spent its step budget (per match or per sample) or overflowed the matcher's
     * stack: the item has no verdict, which is not a FAIL. Counted in character reads, so it is
     * reproducible.
     */
    VERIFIER_BUDGET,
    /** There was nothing to score: no checklist items apply to the sample. */
    NO_ITEMS,
    /** A sample line, or the model judge's final answer, could not be parsed. */
    PARSE_ERROR,
    /** The model judge's backend failed (HTTP error, connection, unreadable reply) after bounded retries. */
    BACKEND_ERROR,
    /** The model judge did not answer in time, after bounded retries. */
    TIMEOUT,
    /** The model judge's conversation ended without a final answer. */
    NO_FINAL_ANSWER,
    /** The model judge gave a score outside [0,1] or not a number. */
    SCORE_OUT_OF_RANGE,
    /** The model judge declined to judge. */
    REFUSAL,
    /** The model judge spent its step budget and forced finalization. */
    STEP_BUDGET_EXHAUSTED,
    /** The model judge kept calling tools that do not exist. */
    UNKNOWN_TOOL,
    /** With {@code --swap}, the two orders of a pair gave different verdicts: the judge followed position. */
    POSITION_INCONSISTENT,
    /** The run was cancelled before or while this sample (or this judge call) ran. */
    CANCELLED,
    /** The sample's {@code expected_skill} names another skill and the run was strict about it. */
    SKILL_MISMATCH;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static UnscoredReason fromCode(String code) {
        return Arrays.stream(values())
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown unscored reason '" + code + "'"));
    }
}
