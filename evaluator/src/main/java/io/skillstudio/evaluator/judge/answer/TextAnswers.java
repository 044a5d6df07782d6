package io.skillstudio.evaluator.judge.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds an answer inside free text, in upstream's order: leading JSON, a fenced json block, then {...}. */
final class TextAnswers {
    private static final Pattern FENCED = Pattern.compile("```(?:json)?\\s*(\\{.*?})\\s*```", Pattern.DOTALL);
    private static final Pattern GREEDY = Pattern.compile("\\{.*}", Pattern.DOTALL);
    private static final Pattern BRACKET = Pattern.compile("\\[\\[\\s*([A-Za-z]+)\\s*]]");

    private TextAnswers() {}

    static Optional<JsonNode> firstJsonObject(String text, ObjectMapper mapper) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.startsWith("{")) {
            Optional<JsonNode> lead = read(t, mapper);
            if (lead.isPresent()) {
                return lead;
            }
        }
        Matcher f = FENCED.matcher(t);
        if (f.find()) {
            Optional<JsonNode> fenced = read(f.group(1), mapper);
            if (fenced.isPresent()) {
                return fenced;
            }
        }
        Matcher g = GREEDY.matcher(t);
        return g.find() ? read(g.group(), mapper) : Optional.empty();
    }

    /** The last {@code [[X]]} label, as upstream's text parsers take the last match. */
    static Optional<String> lastBracketLabel(String text) {
        Matcher m = BRACKET.matcher(text == null ? "" : text);
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        return Optional.ofNullable(last);
    }

    private static Optional<JsonNode> read(String s, ObjectMapper mapper) {
        try (var parser = mapper.createParser(s)) {
            JsonNode n = mapper.readTree(parser);
            return n != null && n.isObject() ? Optional.of(n) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
