package io.skillstudio.app.studio.trace;

/** A place in the package a step used: a package-relative file and a 1-based line. */
public record ResourceTarget(String path, int line) {}
