package io.skillstudio.model.versioning.diff;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One field whose value differs; {@code before} or {@code after} is null when the field is absent on
 * that side. Values are the parsed YAML values (strings, numbers, lists, maps).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FieldChange(String field, Object before, Object after) {

    public ChangeKind kind() {
        return before == null ? ChangeKind.ADDED : after == null ? ChangeKind.REMOVED : ChangeKind.CHANGED;
    }

    /** {@code field: before → after} for text reports. */
    public String describe() {
        return field + ": " + (before == null ? "(absent)" : before) + " → " + (after == null ? "(absent)" : after);
    }
}
