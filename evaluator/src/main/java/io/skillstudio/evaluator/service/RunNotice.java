package io.skillstudio.evaluator.service;

import java.util.Objects;

/**
 * A message about a run that is not a sample result.
 *
 * @param kind {@code malformed_line}, {@code warning} or {@code error}
 * @param where {@code file:line:column} or a resource path, empty when it concerns the whole run
 */
public record RunNotice(String kind, String where, String message) {

    public static final String MALFORMED_LINE = "malformed_line";
    public static final String WARNING = "warning";

    public RunNotice {
        Objects.requireNonNull(kind, "kind");
        where = where == null ? "" : where;
        message = message == null ? "" : message;
    }
}
