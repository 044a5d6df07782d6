package io.skillstudio.model.versioning.diff;

import java.util.List;

/**
 * The structured changes of one kind of thing: {@code resources} (from resources.yaml) or a checklist
 * (contributed by the evaluator, {@link DiffContributor}).
 *
 * @param file the file the items live in (the newer side's when it moved)
 */
public record DiffSection(String name, String file, List<ItemChange> changes) {
    public DiffSection {
        changes = List.copyOf(changes);
    }
}
