package io.skillstudio.evaluator.aggregate;

/** A severity cap that lowered (or would have lowered) the score: which item triggered it. */
public record CapApplied(String itemId, ItemSeverity severity, double cap) {}
