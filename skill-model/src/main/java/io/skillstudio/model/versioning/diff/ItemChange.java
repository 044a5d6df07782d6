package io.skillstudio.model.versioning.diff;

import java.util.List;

/**
 * A resource or checklist item added, removed or changed; for a change, the fields that differ. An
 * added or removed item lists all its fields with the other side absent.
 */
public record ItemChange(String id, ChangeKind kind, List<FieldChange> fields) {
    public ItemChange {
        fields = List.copyOf(fields);
    }
}
