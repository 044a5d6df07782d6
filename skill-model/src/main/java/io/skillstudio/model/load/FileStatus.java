package io.skillstudio.model.load;

/** What the loader could make of a file's bytes. */
public enum FileStatus {
    TEXT,
    NOT_UTF8,
    BINARY,
    TOO_LARGE,
    SYMLINK_OUTSIDE
}
