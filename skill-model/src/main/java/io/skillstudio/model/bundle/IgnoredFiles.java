package io.skillstudio.model.bundle;

/** What the export does with files upstream's loader would ignore; the author decides, never the exporter. */
public enum IgnoredFiles {
    /** Carry them (upstream's directory hash of the unpacked bundle counts them; its loader skips them). */
    INCLUDE,
    /** Leave them out of the bundle. */
    EXCLUDE,
    /** No decision yet: the export stops and lists them if there are any. */
    UNDECIDED
}
