package io.skillstudio.model.load;

/** Where a package was loaded from. */
public enum SourceKind {
    DIRECTORY,
    ZIP
}
