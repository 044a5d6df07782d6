package io.skillstudio.evaluator.structured;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the JSON document in a response: the whole text, the first fenced code block, or (in {@code auto})
 * whichever of those parses first and then the first balanced object or array. Duplicate keys make a
 * document invalid: a consumer that keeps the first or the last value would read a different object.
 */
public final class JsonExtraction {

    /** Where to look for the document. */
    public enum Mode {
        AUTO,
        WHOLE,
        FENCED
    }

    /** The document found, where it sits in the response, and how it was found. */
    public record Found(JsonNode value, int start, int end, String how) {}

    /** A document that could not be read, with the parser's message. */
    public record Problem(String message, int start, int end) {}

    static final List<String> MODES = List.of("auto", "whole", "fenced");

    private static final Pattern FENCE =
            Pattern.compile("```[ \\t]*([A-Za-z0-9_-]*)[ \\t]*\\r?\\n(.*?)```", Pattern.DOTALL);
    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    private JsonExtraction() {}

    public static Mode mode(Optional<String> name) {
        return name.map(n -> Mode.valueOf(n.toUpperCase(Locale.ROOT))).orElse(Mode.AUTO);
    }

    /** The document, or the reason there is none (the last parse error tried). */
    public static Result find(String response, Mode mode) {
        Problem last = new Problem("the response is empty", 0, 0);
        if (mode != Mode.FENCED) {
            int s = leading(response);
            int e = trailing(response);
            Result whole = parse(response, s, e, "whole response");
            if (whole.found().isPresent() || mode == Mode.WHOLE) {
                return whole;
            }
            last = whole.problem().orElse(last);
        }
        Matcher m = FENCE.matcher(response);
        if (m.find()) {
            Result fenced = parse(response, m.start(2), m.end(2), "```" + m.group(1) + " block");
            if (fenced.found().isPresent() || mode == Mode.FENCED) {
                return fenced;
            }
            last = fenced.problem().orElse(last);
        } else if (mode == Mode.FENCED) {
            return Result.of(new Problem("no fenced code block", 0, 0));
        }
        int open = firstOpening(response);
        if (open >= 0) {
            int close = balancedEnd(response, open);
            if (close > open) {
                Result embedded = parse(
                        response, open, close, "first balanced " + (response.charAt(open) == '{' ? "object" : "array"));
                if (embedded.found().isPresent()) {
                    return embedded;
                }
            }
        }
        return Result.of(last);
    }

    /** Either a document or a problem. */
    public record Result(Optional<Found> found, Optional<Problem> problem) {
        static Result of(Found f) {
            return new Result(Optional.of(f), Optional.empty());
        }

        static Result of(Problem p) {
            return new Result(Optional.empty(), Optional.of(p));
        }
    }

    private static Result parse(String text, int start, int end, String how) {
        String slice = text.substring(start, Math.max(start, end));
        if (slice.isBlank()) {
            return Result.of(new Problem(how + " is empty", start, end));
        }
        try {
            JsonNode node = STRICT.readTree(slice);
            if (node == null || node.isMissingNode()) {
                return Result.of(new Problem(how + " holds no JSON value", start, end));
            }
            return Result.of(new Found(node, start, end, how));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            return Result.of(new Problem(how + " is not JSON" + where + ": " + e.getOriginalMessage(), start, end));
        }
    }

    private static int leading(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailing(String s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int firstOpening(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                return i;
            }
        }
        return -1;
    }

    /** The index after the bracket that closes the one at {@code open}, skipping strings; -1 if none. */
    static int balancedEnd(String s, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }
}
