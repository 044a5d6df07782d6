package io.skillstudio.evaluator.ifeval;

import java.util.List;
import java.util.Map;

/** One row of IFEval's INPUT_DATA: the instruction ids and, aligned with them, their kwargs. */
public record IfevalInput(long key, String prompt, List<String> instructionIds, List<Map<String, Object>> kwargs) {
    public IfevalInput {
        instructionIds = List.copyOf(instructionIds);
        kwargs = List.copyOf(kwargs);
        if (kwargs.size() != instructionIds.size()) {
            throw new IllegalArgumentException(
                    "kwargs has " + kwargs.size() + " entries for " + instructionIds.size() + " instruction ids");
        }
    }
}
