package io.skillstudio.evaluator.judge;

import java.util.Locale;

/**
 * Why a judge call ended unscored. Wire values ({@link #code()}) are stable: results, traces and trainer
 * adapters count them. Mapping against upstream's coercions is in docs/judge.md.
 */
public enum JudgeReason {
    /** No model configured, or the API key variable is unset. */
    JUDGE_UNAVAILABLE,
    /** HTTP error, connection failure or an unreadable reply body, after bounded retries. */
    BACKEND_ERROR,
    /** The model did not answer within the timeout, after bounded retries. */
    TIMEOUT,
    /** A final answer was given but could not be read (bad JSON, missing or mistyped fields, bad label). */
    PARSE_ERROR,
    /** The conversation ended without any final answer. */
    NO_FINAL_ANSWER,
    /** The score was outside [0,1] or not a number (NaN, infinity). */
    SCORE_OUT_OF_RANGE,
    /** The model declined to judge (content filter, refusal text, or an explicit abstain). */
    REFUSAL,
    /** The model kept calling tools until the step budget and forced finalization were spent. */
    STEP_BUDGET_EXHAUSTED,
    /** The model repeatedly called tools that do not exist. */
    UNKNOWN_TOOL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
