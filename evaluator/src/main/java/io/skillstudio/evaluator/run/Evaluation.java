package io.skillstudio.evaluator.run;

import io.skillstudio.evaluator.trace.Trace;

/** A sample's result together with its trace. */
public record Evaluation(SampleResult result, Trace trace) {}
