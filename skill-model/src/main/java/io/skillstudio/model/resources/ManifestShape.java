package io.skillstudio.model.resources;

/** The top-level shapes of resources.yaml that upstream accepts (§2.1). */
public enum ManifestShape {
    /** Empty or whitespace-only file: no resources. */
    EMPTY,
    /** A YAML list of entries. */
    LIST,
    /** A mapping with {@code resources} and optionally {@code runtime_resources}. */
    MAPPING,
    /** A scalar or unparseable document: upstream raises. */
    INVALID
}
