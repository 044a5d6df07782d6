package io.skillstudio.evaluator.verify;

/** A parameter that failed binding; {@code name} lets validators point at the right YAML key. */
public record ParamProblem(String name, String message) {}
