package io.skillstudio.evaluator.ifeval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Reads the official IFEval jsonl files. A malformed line is reported as {@code file:line: message}
 * and skipped, so one bad row does not lose a whole evaluation run. Unreadable files throw.
 */
public final class IfevalFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private IfevalFiles() {}

    /** Parsed rows plus one positioned message per skipped line. */
    public record Loaded<T>(List<T> rows, List<String> errors) {}

    /** One response row ({@code prompt}, {@code response}) of a RESPONSES file. */
    public record ResponseRow(String prompt, String response) {}

    public static Loaded<IfevalInput> readInputs(Path file) throws IOException {
        return parseLines(file, node -> {
            JsonNode ids = node.get("instruction_id_list");
            JsonNode kwargs = node.get("kwargs");
            JsonNode prompt = node.get("prompt");
            if (prompt == null
                    || !prompt.isTextual()
                    || ids == null
                    || !ids.isArray()
                    || (kwargs != null && !kwargs.isArray())) {
                throw new RowException("needs a string 'prompt', a list 'instruction_id_list' and a list 'kwargs'");
            }
            List<String> idList = new ArrayList<>();
            ids.forEach(n -> idList.add(n.asText()));
            List<Map<String, Object>> kwList = new ArrayList<>();
            if (kwargs != null) {
                for (JsonNode k : kwargs) {
                    kwList.add(k.isObject() ? JSON.convertValue(k, MAP) : Map.of());
                }
            }
            while (kwList.size() < idList.size()) {
                kwList.add(Map.of());
            }
            if (kwList.size() != idList.size()) {
                throw new RowException("kwargs has more entries than instruction_id_list");
            }
            return new IfevalInput(node.path("key").asLong(-1), prompt.asText(), idList, kwList);
        });
    }

    public static Loaded<ResponseRow> readResponses(Path file) throws IOException {
        return parseLines(file, node -> {
            JsonNode prompt = node.get("prompt");
            JsonNode response = node.get("response");
            if (prompt == null || !prompt.isTextual() || response == null || !response.isTextual()) {
                throw new RowException("needs string fields 'prompt' and 'response'");
            }
            return new ResponseRow(prompt.asText(), response.asText());
        });
    }

    /** Responses by exact prompt; as in the official checker a later duplicate wins. */
    public static Map<String, String> byPrompt(List<ResponseRow> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ResponseRow r : rows) {
            out.put(r.prompt(), r.response());
        }
        return out;
    }

    /** Turns one JSON object into a row, or says why the line is skipped. */
    private interface RowParser<T> {
        T parse(JsonNode node) throws RowException;
    }

    /** Why a line is skipped; the caller adds the position. */
    private static final class RowException extends Exception {
        RowException(String message) {
            super(message, null, false, false);
        }
    }

    /** One line's outcome: a row, an error message, or neither (a blank line). */
    private record Line<T>(T row, String error) {}

    /**
     * Parses the lines on all cores (they are independent; at a cold start JSON parsing is a large
     * share of a run) and keeps rows and messages in file order.
     */
    private static <T> Loaded<T> parseLines(Path file, RowParser<T> parser) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Line<T>> parsed = IntStream.range(0, lines.size())
                .parallel()
                .mapToObj(i -> parseLine(file, i + 1, lines.get(i), parser))
                .toList();
        List<T> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Line<T> line : parsed) {
            if (line.row() != null) {
                rows.add(line.row());
            } else if (line.error() != null) {
                errors.add(line.error());
            }
        }
        return new Loaded<>(rows, errors);
    }

    private static <T> Line<T> parseLine(Path file, int n, String line, RowParser<T> parser) {
        if (line.isBlank()) {
            return new Line<>(null, null);
        }
        String where = file + ":" + n + ": ";
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Line<>(null, where + "invalid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return new Line<>(null, where + "expected a JSON object");
        }
        try {
            return new Line<>(parser.parse(node), null);
        } catch (RowException e) {
            return new Line<>(null, where + e.getMessage());
        }
    }
}
