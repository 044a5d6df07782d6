package io.skillstudio.evaluator.constraints;

import static io.skillstudio.evaluator.constraints.ConstraintVerifier.Kind.BOOLEAN;
import static io.skillstudio.evaluator.constraints.ConstraintVerifier.Kind.STRUCTURED;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The helpers that return a dict ({@code json_parse}, {@code json_has_keys}, script shares) and {@code between}. */
final class StructuredVerifiers {

    /** What Python's {@code float()} accepts after {@code strip()}, without Java-only forms like {@code 1d}. */
    private static final Pattern PY_FLOAT = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*(?:[eE][+-]?\\d+)?|\\d+\\.|inf|infinity|nan)",
            Pattern.CASE_INSENSITIVE);

    private StructuredVerifiers() {}

    static List<Verifier> all() {
        return List.of(
                new ConstraintVerifier(
                        "json_parse",
                        "Whether the whole text is JSON as Python's json.loads reads it",
                        BOOLEAN,
                        List.of(),
                        (t, p) -> {
                            ConstraintTools.JsonResult r = ConstraintTools.jsonParse(t);
                            return new Counted(
                                    r.valid() ? 1 : 0,
                                    List.of(),
                                    Map.of("valid", r.valid(), "value", r.value(), "error", r.error()));
                        },
                        null),
                new ConstraintVerifier(
                        "json_has_keys",
                        "Whether the text is a JSON object with all the given top-level keys",
                        BOOLEAN,
                        List.of(ParamSpec.required("keys", ParamType.STRING_LIST, "keys that must be present")),
                        StructuredVerifiers::hasKeys,
                        null),
                new ConstraintVerifier(
                        "mostly_language_script",
                        "Shares of Latin, CJK, digit and other characters; the value is the largest share",
                        STRUCTURED,
                        List.of(),
                        (t, p) -> shares(t),
                        null),
                new ConstraintVerifier(
                        "between",
                        "Whether value (default: the response as a number) lies within low..high",
                        BOOLEAN,
                        List.of(
                                ParamSpec.optional(
                                        "value", ParamType.NUMBER, "the number to test; default the response"),
                                ParamSpec.optional("low", ParamType.NUMBER, "lower bound"),
                                ParamSpec.optional("high", ParamType.NUMBER, "upper bound"),
                                ParamSpec.optional("inclusive", ParamType.BOOLEAN, "bounds included (default true)")),
                        StructuredVerifiers::between,
                        StructuredVerifiers::checkBetween));
    }

    private static Counted hasKeys(String t, Params p) {
        List<String> keys = p.strings("keys");
        ConstraintTools.KeysResult r = ConstraintTools.jsonHasKeys(t, keys);
        boolean object = r.validJson() && ConstraintTools.jsonParse(t).value().isObject();
        boolean ok = object && r.missing().isEmpty();
        return new Counted(
                ok ? 1 : 0,
                List.of(),
                Map.of(
                        "valid_json",
                        r.validJson(),
                        "missing",
                        r.missing(),
                        "present",
                        r.present(),
                        "is_object",
                        object));
    }

    private static Counted shares(String t) {
        ConstraintTools.ScriptShares s = ConstraintTools.mostlyLanguageScript(t);
        String dominant = "latin";
        double best = s.latin();
        if (s.cjk() > best) {
            dominant = "cjk";
            best = s.cjk();
        }
        if (s.digit() > best) {
            dominant = "digit";
            best = s.digit();
        }
        if (s.other() > best) {
            dominant = "other";
            best = s.other();
        }
        return new Counted(
                best,
                List.of(),
                Map.of(
                        "latin",
                        s.latin(),
                        "cjk",
                        s.cjk(),
                        "digit",
                        s.digit(),
                        "other",
                        s.other(),
                        "dominant",
                        best == 0 ? "none" : dominant));
    }

    private static Counted between(String t, Params p) {
        Double value = p.has("value") ? Double.valueOf(p.number("value").getAsDouble()) : parseNumber(t);
        if (value == null) {
            return new Counted(0, List.of(), Map.of("error", "the response is not a number"));
        }
        Object low = p.has("low") ? p.number("low").getAsDouble() : null;
        Object high = p.has("high") ? p.number("high").getAsDouble() : null;
        boolean ok =
                ConstraintTools.between(value, low, high, p.bool("inclusive").orElse(true));
        return new Counted(ok ? 1 : 0, List.of(), Map.of("value", value));
    }

    private static Double parseNumber(String t) {
        String s = PyText.strip(t);
        if (!PY_FLOAT.matcher(s).matches()) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT).replace("_", "");
        if (lower.endsWith("inf") || lower.endsWith("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return lower.endsWith("nan") ? Double.NaN : Double.valueOf(lower);
    }

    private static void checkBetween(Params p, List<ParamProblem> problems) {
        if (p.has("low")
                && p.has("high")
                && p.number("low").getAsDouble() > p.number("high").getAsDouble()) {
            problems.add(new ParamProblem("low", "'low' is greater than 'high'; nothing can pass"));
        }
    }
}
