package io.skillstudio.model.versioning.diff;

/** How a file, resource, key or item differs between two versions. */
public enum ChangeKind {
    ADDED,
    REMOVED,
    CHANGED
}
