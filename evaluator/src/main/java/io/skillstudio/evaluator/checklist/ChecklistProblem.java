package io.skillstudio.evaluator.checklist;

import io.skillstudio.model.yaml.Positions;
import java.util.Optional;

/** A structural problem found while reading a checklist; {@code kind} maps onto a diagnostic code. */
public record ChecklistProblem(Kind kind, Optional<Positions.Span> at, String message) {

    /** Which part of the format is wrong. */
    public enum Kind {
        /** YAML syntax or a malformed item (SKL060). */
        SYNTAX,
        /** The aggregation block (SKL063). */
        AGGREGATION
    }
}
