package io.skillstudio.evaluator.constraints;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.skillstudio.evaluator.python.RegexBudgetExceededException;
import io.skillstudio.evaluator.python.regex.PyRegexException;
import java.util.ArrayList;
import java.util.List;

/** Runs one recorded call through the Java port and renders the answer like Python's JSON result. */
final class ParityReplay {

    private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

    private ParityReplay() {}

    /**
     * The Java result as JSON, {@code {"java_error": ...}} when the port rejects the call, or
     * {@code {"java_budget": ...}} when a regex spent its step budget. The budget is a count, so there is
     * no retry; and since Python has no such budget, a budget abort agrees with no Python row.
     */
    static JsonNode run(ParityRows.Row row) {
        try {
            return call(row);
        } catch (RegexBudgetExceededException e) {
            return F.objectNode().put("java_budget", e.getMessage());
        } catch (PyRegexException | IllegalArgumentException e) {
            return F.objectNode().put("java_error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static JsonNode call(ParityRows.Row row) throws PyRegexException {
        JsonNode a = row.args();
        String t = row.text();
        switch (row.fn()) {
            case "normalize_space":
                return F.textNode(ConstraintTools.normalizeSpace(t));
            case "words": {
                var arr = F.arrayNode();
                ConstraintTools.words(t).forEach(arr::add);
                return arr;
            }
            case "word_count":
                return F.numberNode(ConstraintTools.wordCount(t));
            case "char_count":
                return F.numberNode(
                        ConstraintTools.charCount(t, a.path("include_spaces").asBoolean(true)));
            case "line_count":
                return F.numberNode(
                        ConstraintTools.lineCount(t, a.path("nonempty").asBoolean(true)));
            case "paragraph_count":
                return F.numberNode(ConstraintTools.paragraphCount(t));
            case "sentence_count":
                return F.numberNode(ConstraintTools.sentenceCount(t));
            case "contains":
                return F.booleanNode(ConstraintTools.contains(
                        t, a.get("needle").asText(), a.path("case_sensitive").asBoolean(false)));
            case "count_occurrences":
                return F.numberNode(ConstraintTools.countOccurrences(
                        t,
                        a.get("needle").asText(),
                        a.path("case_sensitive").asBoolean(false),
                        a.path("overlap").asBoolean(false)));
            case "regex_count":
                return F.numberNode(ConstraintTools.regexCount(
                        t, a.get("pattern").asText(), a.path("flags").asInt(0)));
            case "regex_search":
                return F.booleanNode(ConstraintTools.regexSearch(
                        t, a.get("pattern").asText(), a.path("flags").asInt(0)));
            case "json_parse": {
                ConstraintTools.JsonResult r = ConstraintTools.jsonParse(t);
                return F.objectNode()
                        .put("valid", r.valid())
                        .<ObjectNode>set("value", r.value())
                        .put("error", r.error());
            }
            case "json_has_keys": {
                ConstraintTools.KeysResult r = ConstraintTools.jsonHasKeys(t, keys(a.get("keys")));
                ObjectNode o = F.objectNode().put("valid_json", r.validJson());
                o.set("missing", strings(r.missing()));
                o.set("present", strings(r.present()));
                return o;
            }
            case "markdown_heading_count":
                return F.numberNode(ConstraintTools.markdownHeadingCount(t, pyInt(a.get("level"))));
            case "bullet_count":
                return F.numberNode(ConstraintTools.bulletCount(t));
            case "numbered_list_count":
                return F.numberNode(ConstraintTools.numberedListCount(t));
            case "code_block_count": {
                JsonNode lang = a.get("language");
                return F.numberNode(
                        ConstraintTools.codeBlockCount(t, lang == null || lang.isNull() ? null : lang.asText()));
            }
            case "balanced_brackets":
                return F.booleanNode(ConstraintTools.balancedBrackets(t));
            case "punctuation_count":
                return F.numberNode(
                        ConstraintTools.punctuationCount(t, a.get("mark").asText()));
            case "unique_word_count":
                return F.numberNode(ConstraintTools.uniqueWordCount(
                        t, a.path("case_sensitive").asBoolean(false)));
            case "mostly_language_script": {
                ConstraintTools.ScriptShares s = ConstraintTools.mostlyLanguageScript(t);
                return F.objectNode()
                        .put("latin", s.latin())
                        .put("cjk", s.cjk())
                        .put("digit", s.digit())
                        .put("other", s.other());
            }
            case "between":
                return F.booleanNode(ConstraintTools.between(
                        value(a.get("value")), value(a.get("low")), value(a.get("high")), truthy(a.get("inclusive"))));
            default:
                throw new UnsupportedOperationException(row.fn());
        }
    }

    private static JsonNode strings(List<String> xs) {
        var arr = F.arrayNode();
        xs.forEach(arr::add);
        return arr;
    }

    /** A string {@code keys} iterates its characters (code points), as Python does. */
    private static List<String> keys(JsonNode k) {
        if (k == null || k.isNull()) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (k.isTextual()) {
            k.asText().codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
        } else {
            k.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    /** Python {@code int(level)} for the level values the vectors pass. */
    private static Integer pyInt(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? 1 : 0;
        }
        if (v.isNumber()) {
            return (int) v.asDouble();
        }
        try {
            return Integer.parseInt(v.asText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ValueError: invalid literal for int() with base 10: " + v);
        }
    }

    private static boolean truthy(JsonNode v) {
        if (v == null || v.isNull()) {
            return true; // the default inclusive=True
        }
        return v.isBoolean() ? v.asBoolean() : v.asDouble() != 0;
    }

    private static Object value(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.asBoolean();
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        if (v.isTextual()) {
            return v.asText();
        }
        List<Object> out = new ArrayList<>();
        v.forEach(e -> out.add(value(e)));
        return out;
    }

    /** Deep equality where numbers compare by value but ints and floats stay distinct, like Python. */
    static boolean same(JsonNode x, JsonNode y) {
        if (x.isNumber() && y.isNumber()) {
            if (x.isIntegralNumber() != y.isIntegralNumber()) {
                return false;
            }
            if (x.isIntegralNumber()) {
                return x.bigIntegerValue().equals(y.bigIntegerValue());
            }
            return Double.compare(x.doubleValue(), y.doubleValue()) == 0
                    || (x.isBigDecimal() && y.isBigDecimal() && x.decimalValue().compareTo(y.decimalValue()) == 0);
        }
        if (x.isObject() && y.isObject()) {
            if (x.size() != y.size()) {
                return false;
            }
            List<String> xn = new ArrayList<>();
            List<String> yn = new ArrayList<>();
            x.fieldNames().forEachRemaining(xn::add);
            y.fieldNames().forEachRemaining(yn::add);
            if (!xn.equals(yn)) {
                return false;
            }
            for (String n : xn) {
                if (!same(x.get(n), y.get(n))) {
                    return false;
                }
            }
            return true;
        }
        if (x.isArray() && y.isArray()) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return x.equals(y);
    }
}
