package io.skillstudio.evaluator.verify;

/** Whether a verifier judged pass/fail or measured a number. */
public enum Outcome {
    PASS,
    FAIL,
    VALUE
}
