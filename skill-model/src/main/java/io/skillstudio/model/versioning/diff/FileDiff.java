package io.skillstudio.model.versioning.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * One file that differs. Text files carry a unified diff; the full texts stay available for a side by
 * side view but are left out of JSON.
 *
 * @param text whether both sides (where present) are UTF-8 text
 * @param unified unified diff lines (java-diff-utils), empty for binary files
 */
public record FileDiff(
        String path,
        ChangeKind kind,
        boolean text,
        List<String> unified,
        @JsonIgnore Optional<String> before,
        @JsonIgnore Optional<String> after) {
    public FileDiff {
        unified = List.copyOf(unified);
    }
}
