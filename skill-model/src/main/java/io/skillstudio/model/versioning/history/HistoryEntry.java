package io.skillstudio.model.versioning.history;

import java.time.Instant;
import java.util.List;

/**
 * One commit that touched the package, newest first in {@link PackageHistory#log()}.
 *
 * @param tags release tags (and any other tags) pointing at this commit
 */
public record HistoryEntry(String id, String shortId, String message, String author, Instant time, List<String> tags) {
    public HistoryEntry {
        tags = List.copyOf(tags);
    }

    /** The first line of the message. */
    public String summary() {
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }
}
