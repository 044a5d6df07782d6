package io.skillstudio.evaluator.verify;

import java.util.List;

/** Declares one verifier parameter. */
public record ParamSpec(String name, ParamType type, boolean required, String description, List<String> allowedValues) {
    public ParamSpec {
        allowedValues = List.copyOf(allowedValues);
    }

    public static ParamSpec required(String name, ParamType type, String description) {
        return new ParamSpec(name, type, true, description, List.of());
    }

    public static ParamSpec optional(String name, ParamType type, String description) {
        return new ParamSpec(name, type, false, description, List.of());
    }

    public static ParamSpec oneOf(String name, boolean required, String description, List<String> values) {
        return new ParamSpec(name, ParamType.ENUM, required, description, values);
    }
}
