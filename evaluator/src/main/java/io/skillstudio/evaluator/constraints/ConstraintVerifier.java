package io.skillstudio.evaluator.constraints;

import io.skillstudio.evaluator.python.RegexBudgetExceededException;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierInput;
import io.skillstudio.evaluator.verify.VerifierResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One constraint helper as a {@link Verifier} with id {@code constraint.<helper>}. Counting helpers
 * report {@code VALUE}; with {@code min}/{@code max} they judge PASS/FAIL and keep the count in
 * {@code details.value}. Stateless, so one instance serves every thread.
 */
final class ConstraintVerifier implements Verifier {

    /** Measures one response; may throw {@link RegexBudgetExceededException}, which {@code verify} passes on. */
    @FunctionalInterface
    interface Measure {
        Counted apply(String text, Params params);
    }

    /** Cross-parameter checks beyond the spec types (for example that a pattern compiles). */
    @FunctionalInterface
    interface Check {
        void addProblems(Params params, List<ParamProblem> problems);
    }

    enum Kind {
        /** A count; {@code min}/{@code max} make it PASS/FAIL. */
        COUNT,
        /** PASS when the measure is 1, FAIL when 0. */
        BOOLEAN,
        /** Always VALUE; the helper's dict goes into details. */
        STRUCTURED
    }

    static final ParamSpec MIN =
            ParamSpec.optional("min", ParamType.INTEGER, "pass only if the count is at least this");
    static final ParamSpec MAX = ParamSpec.optional("max", ParamType.INTEGER, "pass only if the count is at most this");

    private final String id;
    private final String description;
    private final List<ParamSpec> params;
    private final Kind kind;
    private final Measure measure;
    private final Check check;

    ConstraintVerifier(
            String helper, String description, Kind kind, List<ParamSpec> specs, Measure measure, Check check) {
        this.id = "constraint." + helper;
        this.description = description;
        this.kind = kind;
        List<ParamSpec> all = new ArrayList<>(specs);
        if (kind == Kind.COUNT) {
            all.add(MIN);
            all.add(MAX);
        }
        this.params = List.copyOf(all);
        this.measure = measure;
        this.check = check;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ParamSpec> params() {
        return params;
    }

    @Override
    public List<ParamProblem> checkParams(Params p) {
        List<ParamProblem> problems = new ArrayList<>();
        if (kind == Kind.COUNT) {
            for (String bound : List.of("min", "max")) {
                if (p.integer(bound).orElse(0) < 0) {
                    problems.add(new ParamProblem(
                            bound,
                            "'" + bound + "' must not be negative, got "
                                    + p.integer(bound).getAsInt()));
                }
            }
            if (p.has("min")
                    && p.has("max")
                    && p.integer("min").getAsInt() > p.integer("max").getAsInt()) {
                problems.add(new ParamProblem(
                        "min",
                        "'min' " + p.integer("min").getAsInt() + " is greater than 'max' "
                                + p.integer("max").getAsInt()));
            }
        }
        if (check != null) {
            check.addProblems(p, problems);
        }
        return problems;
    }

    @Override
    public VerifierResult verify(VerifierInput input, Params p) {
        // A spent regex budget propagates: the caller records the item as unscored verifier_budget,
        // because a pattern that could not finish says nothing about the response (never a FAIL).
        Counted c = measure.apply(input.response(), p);
        if (kind == Kind.BOOLEAN) {
            boolean ok = c.value() != 0;
            return VerifierResult.of(ok, id + (ok ? " holds" : " does not hold"), c.evidence())
                    .withDetails(c.details());
        }
        if (kind == Kind.STRUCTURED || (!p.has("min") && !p.has("max"))) {
            return VerifierResult.value(c.value(), id + " = " + format(c.value()), c.evidence())
                    .withDetails(c.details());
        }
        int min = p.integer("min").orElse(Integer.MIN_VALUE);
        int max = p.integer("max").orElse(Integer.MAX_VALUE);
        boolean ok = c.value() >= min && c.value() <= max;
        Map<String, Object> details = new LinkedHashMap<>(c.details());
        details.put("value", c.value());
        String range = (p.has("min") ? "min " + min : "")
                + (p.has("min") && p.has("max") ? ", " : "")
                + (p.has("max") ? "max " + max : "");
        return VerifierResult.of(
                        ok, id + " = " + format(c.value()) + (ok ? " within " : " outside ") + range, c.evidence())
                .withDetails(details);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @Override
    public String toString() {
        return id;
    }
}
