package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.verify.EvidenceSpan;
import java.util.List;

/** The outcome of one instruction check on one text, with evidence offsets into that text. */
record Check(boolean passed, String explanation, List<EvidenceSpan> evidence) {

    static Check of(boolean passed, String explanation) {
        return new Check(passed, explanation, List.of());
    }

    static Check of(boolean passed, String explanation, List<EvidenceSpan> evidence) {
        return new Check(passed, explanation, evidence);
    }
}
