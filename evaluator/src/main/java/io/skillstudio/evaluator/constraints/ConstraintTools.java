package io.skillstudio.evaluator.constraints;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.evaluator.python.PyJson;
import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.python.regex.PyRegexException;
import io.skillstudio.evaluator.python.regex.RegexCache;
import java.util.List;

/**
 * Java port of Skill-RM's {@code scripts/constraint_tools.py} helpers with identical results
 * (checked against 53,848 recorded calls; see docs/constraint-tools-parity.md). Method names follow
 * the Python helpers; offsets and lengths are Python code points where the helper returns them.
 */
public final class ConstraintTools {

    private ConstraintTools() {}

    public static String normalizeSpace(String t) {
        return PyText.normalizeSpace(t);
    }

    public static List<String> words(String t) {
        return Words.words(t);
    }

    public static List<TextSpan> wordSpans(String t) {
        return Words.spans(t);
    }

    public static int wordCount(String t) {
        return Words.spans(t).size();
    }

    public static int charCount(String t, boolean includeSpaces) {
        return TextCounts.charCount(t, includeSpaces);
    }

    public static int lineCount(String t, boolean nonempty) {
        return TextCounts.lines(t, nonempty).size();
    }

    public static int paragraphCount(String t) {
        return TextCounts.paragraphs(t).size();
    }

    public static int sentenceCount(String t) {
        return TextCounts.sentenceCount(t);
    }

    public static boolean contains(String t, String needle, boolean caseSensitive) {
        return Occurrences.contains(t, needle, caseSensitive);
    }

    public static int countOccurrences(String t, String needle, boolean caseSensitive, boolean overlap) {
        return Occurrences.find(t, needle, caseSensitive, overlap).size();
    }

    /** {@code len(re.findall(pattern, t, flags))}; throws for patterns Python rejects. */
    public static int regexCount(String t, String pattern, int flags) throws PyRegexException {
        return RegexCache.get(pattern, flags).count(t);
    }

    public static boolean regexSearch(String t, String pattern, int flags) throws PyRegexException {
        return RegexCache.get(pattern, flags).search(t);
    }

    /** {@code json.loads} outcome: validity, the parsed tree, and an error message when invalid. */
    public record JsonResult(boolean valid, JsonNode value, String error) {}

    public static JsonResult jsonParse(String t) {
        PyJson.Parsed p = PyJson.parse(t);
        return new JsonResult(p.valid(), p.value(), p.error());
    }

    /** Present and missing top-level keys, in {@code keys} order. */
    public record KeysResult(boolean validJson, List<String> missing, List<String> present) {}

    public static KeysResult jsonHasKeys(String t, List<String> keys) {
        if (keys == null) {
            throw new IllegalArgumentException("TypeError: 'NoneType' object is not iterable");
        }
        PyJson.KeyCheck k = PyJson.hasKeys(t, keys);
        return new KeysResult(k.validJson(), k.missing(), k.present());
    }

    /** {@code level} null counts levels 1..6; any other int is formatted into {@code #{level}} as upstream. */
    public static int markdownHeadingCount(String t, Integer level) {
        return MarkdownCounts.heading(level).count(t);
    }

    public static int bulletCount(String t) {
        return MarkdownCounts.BULLET.count(t);
    }

    public static int numberedListCount(String t) {
        return MarkdownCounts.NUMBERED.count(t);
    }

    /** Fence lines without a language; whole {@code ```language} blocks with one. */
    public static int codeBlockCount(String t, String language) {
        return MarkdownCounts.codeBlock(language).count(t);
    }

    public static boolean balancedBrackets(String t) {
        return Brackets.firstProblem(t) < 0;
    }

    public static int punctuationCount(String t, String mark) {
        return Occurrences.punctuationCount(t, mark);
    }

    public static int uniqueWordCount(String t, boolean caseSensitive) {
        return Words.unique(t, caseSensitive);
    }

    /** Shares of Latin, CJK, digit and other characters. */
    public record ScriptShares(double latin, double cjk, double digit, double other) {}

    public static ScriptShares mostlyLanguageScript(String t) {
        ScriptMix.Shares s = ScriptMix.of(t);
        return new ScriptShares(s.latin(), s.cjk(), s.digit(), s.other());
    }

    /**
     * Python comparison semantics over numbers (exact across int/float/bool), strings and lists;
     * mismatched types throw {@link IllegalArgumentException} like Python's TypeError.
     */
    public static boolean between(Object value, Object low, Object high, boolean inclusive) {
        return PyCompare.between(value, low, high, inclusive);
    }
}
