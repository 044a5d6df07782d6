package io.skillstudio.evaluator.sample;

import io.skillstudio.evaluator.checklist.ChecklistItem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a sample set ({@code docs/samples-format.md}). {@code responses} holds the candidates
 * in order: one for pointwise (from {@code response}), two or more for pairwise and listwise.
 *
 * @param line the 1-based line in the JSONL file, for messages
 * @param items the sample's own checklist items (IFEval-style or checklist-format), possibly empty
 */
public record Sample(
        String id,
        int line,
        String prompt,
        List<String> responses,
        String reference,
        List<ChecklistItem> items,
        Map<String, Object> metadata,
        Optional<Expected> expected,
        Optional<String> expectedSkill) {

    public Sample {
        Objects.requireNonNull(id, "id");
        prompt = prompt == null ? "" : prompt;
        responses = List.copyOf(responses);
        reference = reference == null ? "" : reference;
        items = List.copyOf(items);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
