package io.skillstudio.app.studio.trace;

/** The kinds of steps in the trace tree; each has its own detail view. */
public enum StepKind {
    RUN,
    RESOURCE,
    RESPONSE,
    MODEL_TURN,
    TOOL_CALL,
    VERIFIER,
    AGGREGATION,
    FINAL,
    ERROR,
    WARNING
}
