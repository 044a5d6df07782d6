package io.skillstudio.evaluator.verify;

/** Parameter types a checklist author can write in YAML. */
public enum ParamType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    STRING_LIST,
    /** One of {@link ParamSpec#allowedValues()}. */
    ENUM,
    /** Passed through untouched (nested JSON). */
    ANY
}
