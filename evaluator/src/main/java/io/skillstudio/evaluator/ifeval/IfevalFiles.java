package io.skillstudio.evaluator.ifeval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        List<IfevalInput> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        forEachLine(file, errors, (node, where) -> {
            JsonNode ids = node.get("instruction_id_list");
            JsonNode kwargs = node.get("kwargs");
            JsonNode prompt = node.get("prompt");
            if (prompt == null || !prompt.isTextual() || ids == null || !ids.isArray()
                    || (kwargs != null && !kwargs.isArray())) {
                errors.add(where + "needs a string 'prompt', a list 'instruction_id_list' and a list 'kwargs'");
                return;
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
                errors.add(where + "kwargs has more entries than instruction_id_list");
                return;
            }
            rows.add(new IfevalInput(node.path("key").asLong(-1), prompt.asText(), idList, kwList));
        });
        return new Loaded<>(rows, errors);
    }

    public static Loaded<ResponseRow> readResponses(Path file) throws IOException {
        List<ResponseRow> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        forEachLine(file, errors, (node, where) -> {
            JsonNode prompt = node.get("prompt");
            JsonNode response = node.get("response");
            if (prompt == null || !prompt.isTextual() || response == null || !response.isTextual()) {
                errors.add(where + "needs string fields 'prompt' and 'response'");
                return;
            }
            rows.add(new ResponseRow(prompt.asText(), response.asText()));
        });
        return new Loaded<>(rows, errors);
    }

    /** Responses by exact prompt; as in the official checker a later duplicate wins. */
    public static Map<String, String> byPrompt(List<ResponseRow> rows) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ResponseRow r : rows) {
            out.put(r.prompt(), r.response());
        }
        return out;
    }

    private interface RowHandler {
        void accept(JsonNode node, String where);
    }

    private static void forEachLine(Path file, List<String> errors, RowHandler handler) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String where = file + ":" + n + ": ";
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    errors.add(where + "invalid JSON: " + e.getOriginalMessage());
                    continue;
                }
                if (node == null || !node.isObject()) {
                    errors.add(where + "expected a JSON object");
                    continue;
                }
                handler.accept(node, where);
            }
        }
    }
}
