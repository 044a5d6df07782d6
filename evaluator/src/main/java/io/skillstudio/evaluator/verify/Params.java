package io.skillstudio.evaluator.verify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Parameters after binding: every value has the Java type its {@link ParamSpec} declares
 * (String, Integer, Double, Boolean, List of String), so verifiers read them without casting errors.
 */
public final class Params {

    public static final Params EMPTY = new Params(Map.of());

    private final Map<String, Object> values;

    private Params(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** Types {@code raw} against {@code specs}. Nulls count as absent, as in IFEval's kwargs. */
    public static ParamBinding bind(List<ParamSpec> specs, Map<String, ?> raw) {
        Map<String, Object> typed = new LinkedHashMap<>();
        List<ParamProblem> problems = new ArrayList<>();
        Map<String, ?> input = raw == null ? Map.of() : raw;
        for (String key : input.keySet()) {
            if (specs.stream().noneMatch(s -> s.name().equals(key))) {
                problems.add(new ParamProblem(
                        key,
                        "unknown parameter '" + key + "'; known: "
                                + specs.stream().map(ParamSpec::name).toList()));
            }
        }
        for (ParamSpec spec : specs) {
            Object v = input.get(spec.name());
            if (v == null) {
                if (spec.required()) {
                    problems.add(new ParamProblem(spec.name(), "missing required parameter '" + spec.name() + "'"));
                }
                continue;
            }
            Object converted = convert(spec, v);
            if (converted == null) {
                problems.add(new ParamProblem(
                        spec.name(),
                        "parameter '" + spec.name() + "' must be " + describe(spec) + ", got " + render(v)));
            } else {
                typed.put(spec.name(), converted);
            }
        }
        return new ParamBinding(new Params(typed), problems);
    }

    /** Builds params directly, for tests and programmatic callers that already hold typed values. */
    public static Params of(Map<String, Object> typedValues) {
        return new Params(new LinkedHashMap<>(typedValues));
    }

    private static Object convert(ParamSpec spec, Object v) {
        switch (spec.type()) {
            case STRING:
                return v instanceof String ? v : null;
            case INTEGER:
                if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                    return ((Number) v).intValue();
                }
                if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
                    return d.intValue();
                }
                return null;
            case NUMBER:
                return v instanceof Number n ? n.doubleValue() : null;
            case BOOLEAN:
                return v instanceof Boolean ? v : null;
            case STRING_LIST:
                if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
                    return List.copyOf(list.stream().map(String.class::cast).toList());
                }
                return null;
            case ENUM:
                return v instanceof String s && spec.allowedValues().contains(s) ? s : null;
            case ANY:
            default:
                return v;
        }
    }

    private static String describe(ParamSpec spec) {
        return switch (spec.type()) {
            case STRING -> "a string";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case STRING_LIST -> "a list of strings";
            case ENUM -> "one of " + spec.allowedValues();
            case ANY -> "a value";
        };
    }

    private static String render(Object v) {
        String s = String.valueOf(v);
        return (v instanceof String ? "'" + s + "'" : s) + " (" + v.getClass().getSimpleName() + ")";
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Optional<String> string(String name) {
        return Optional.ofNullable((String) values.get(name));
    }

    public OptionalInt integer(String name) {
        Object v = values.get(name);
        return v == null ? OptionalInt.empty() : OptionalInt.of((Integer) v);
    }

    public OptionalDouble number(String name) {
        Object v = values.get(name);
        return v == null ? OptionalDouble.empty() : OptionalDouble.of((Double) v);
    }

    public Optional<Boolean> bool(String name) {
        return Optional.ofNullable((Boolean) values.get(name));
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    public Optional<Object> raw(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The typed values in declaration order, as written into traces. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
