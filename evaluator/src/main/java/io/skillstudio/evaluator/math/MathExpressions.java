package io.skillstudio.evaluator.math;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/**
 * Turns a final answer written in plain text or LaTeX into an expression exp4j can evaluate, and decides
 * whether two answers are the same value (numbers) or the same function (expressions in one or more
 * single-letter variables, compared at fixed points, so the outcome is a function of the inputs only).
 */
public final class MathExpressions {

    /** Fixed evaluation points for expression equivalence: no randomness inside a reward. */
    static final double[] POINTS = {0.37, 1.21, 2.53, -0.83, 3.17, 5.71};

    static final int MIN_VALID_POINTS = 3;

    private static final Pattern FRAC = Pattern.compile("\\\\[dt]?frac\\s*\\{([^{}]*)\\}\\s*\\{([^{}]*)\\}");
    private static final Pattern SQRT = Pattern.compile("\\\\sqrt\\s*\\{([^{}]*)\\}");
    private static final Pattern TEXT = Pattern.compile("\\\\(?:text|mathrm|textbf|mathbf)\\s*\\{([^{}]*)\\}");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");
    private static final Pattern IMPLICIT = Pattern.compile("(?<=[0-9)])(?=[a-z(])|(?<=[a-z)])(?=\\()");
    private static final Set<String> FUNCTIONS =
            Set.of("sqrt", "sin", "cos", "tan", "log", "ln", "exp", "abs", "pi", "e");

    private MathExpressions() {}

    /** Plain-text form of an answer: LaTeX commands, units words, dollar signs and spacing removed. */
    static String normalize(String answer) {
        String s = answer.strip();
        s = s.replace("\\%", "%")
                .replace("$", "")
                .replace("\\left", "")
                .replace("\\right", "")
                .replace("\\!", "")
                .replace("\\,", "")
                .replace("\\;", "")
                .replace("\\ ", "")
                .replace("\\cdot", "*")
                .replace("\\times", "*")
                .replace("\\div", "/")
                .replace("\\pi", "pi")
                .replace("^\\circ", "")
                .replace("°", "")
                .replace("{,}", "");
        for (int i = 0; i < 4; i++) {
            s = TEXT.matcher(s).replaceAll(" ");
            s = FRAC.matcher(s).replaceAll("(($1)/($2))");
            s = SQRT.matcher(s).replaceAll("sqrt($1)");
        }
        s = s.replace("{", "(").replace("}", ")");
        s = THOUSANDS.matcher(s).replaceAll("");
        s = s.replaceAll(
                "(?i)\\b(dollars?|cents?|units?|meters?|cm|km|kg|g|inches|feet|hours?|minutes?|seconds?|"
                        + "degrees?)\\b",
                "");
        if (s.endsWith("%")) {
            s = "(" + s.substring(0, s.length() - 1) + ")/100";
        }
        s = s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        s = s.replace("ln(", "log(");
        s = IMPLICIT.matcher(s).replaceAll("*");
        // a function name is followed by its argument list, not multiplied by it
        return s.replaceAll("(sqrt|sin|cos|tan|log|exp|abs)\\*\\(", "$1(");
    }

    /** The single-letter variables of a normalized expression (function names excluded). */
    static Set<String> variables(String normalized) {
        Set<String> vars = new TreeSet<>();
        Matcher m = Pattern.compile("[a-z]+").matcher(normalized);
        while (m.find()) {
            String w = m.group();
            if (!FUNCTIONS.contains(w) && w.length() == 1) {
                vars.add(w);
            }
        }
        return vars;
    }

    /** Parses a normalized answer; empty when exp4j cannot read it. */
    static Optional<Expression> parse(String normalized, Set<String> vars) {
        try {
            String withoutWords = normalized.replaceAll("\\b(?!sqrt|sin|cos|tan|log|exp|abs|pi)[a-z]{2,}\\b", "");
            return Optional.of(
                    new ExpressionBuilder(withoutWords).variables(vars).build());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** How two answers compare. */
    public record Verdict(boolean equivalent, String explanation) {}

    /**
     * Equal when both are numbers within {@code tolerance} (relative, absolute near zero), or the same
     * expression at every fixed point where both are defined (at least three such points).
     */
    public static Verdict compare(String actual, String expected, double tolerance) {
        String a = normalize(actual);
        String e = normalize(expected);
        if (a.equals(e)) {
            return new Verdict(true, "same text after normalization: " + a);
        }
        Set<String> vars = new TreeSet<>(variables(a));
        vars.addAll(variables(e));
        Optional<Expression> ea = parse(a, vars);
        Optional<Expression> ee = parse(e, vars);
        if (ea.isEmpty() || ee.isEmpty()) {
            return new Verdict(
                    false,
                    "cannot read " + (ea.isEmpty() ? "'" + actual + "'" : "'" + expected + "'")
                            + " as a number or expression; texts differ");
        }
        if (vars.isEmpty()) {
            double va = eval(ea.get());
            double ve = eval(ee.get());
            boolean eq = close(va, ve, tolerance);
            return new Verdict(
                    eq, String.format(Locale.ROOT, "%s = %.10g, expected %s = %.10g", actual, va, expected, ve));
        }
        int valid = 0;
        for (double x : POINTS) {
            for (String v : vars) {
                ea.get().setVariable(v, x + v.charAt(0) % 7 * 0.11);
                ee.get().setVariable(v, x + v.charAt(0) % 7 * 0.11);
            }
            double va = eval(ea.get());
            double ve = eval(ee.get());
            if (!Double.isFinite(va) || !Double.isFinite(ve)) {
                continue;
            }
            if (!close(va, ve, tolerance)) {
                return new Verdict(
                        false, String.format(Locale.ROOT, "differ at %s = %.2f: %.6g vs %.6g", vars, x, va, ve));
            }
            valid++;
        }
        return valid >= MIN_VALID_POINTS
                ? new Verdict(true, "same expression in " + vars + " at " + valid + " points")
                : new Verdict(false, "only " + valid + " points where both are defined; cannot tell");
    }

    private static double eval(Expression e) {
        try {
            return e.evaluate();
        } catch (RuntimeException ex) {
            return Double.NaN;
        }
    }

    static boolean close(double a, double b, double tolerance) {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return false;
        }
        return Math.abs(a - b) <= tolerance * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
