package io.skillstudio.evaluator.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
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
import java.util.Optional;

/**
 * Reads the model's routing decisions out of a run: the first successful {@code use_skill} tool call of
 * each sample's trace ({@code traces.jsonl} in a run folder, or the file itself). The reader works on the
 * JSON tree, so every trace version that records tool calls with a name and arguments is understood.
 */
public final class RunChoices {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunChoices() {}

    /** Sample id → the skill its model loaded (empty when it never loaded one), in trace order. */
    public static Map<String, Optional<String>> read(Path runDirOrTraces) throws IOException {
        Path traces = Files.isDirectory(runDirOrTraces) ? runDirOrTraces.resolve("traces.jsonl") : runDirOrTraces;
        if (!Files.isRegularFile(traces)) {
            throw new IOException(traces + " is not a traces.jsonl file (a run folder holds one)");
        }
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(traces, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode trace;
                try {
                    trace = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new IOException(traces + ":" + n + ": not a JSON trace: " + e.getOriginalMessage(), e);
                }
                String id = trace.path("sampleId").asText(null);
                if (id != null) {
                    out.put(id, loadedSkill(trace.path("events")));
                }
            }
        }
        return out;
    }

    /** Pairs each model choice with the expected skill and the static winner of the same sample. */
    public static List<ModelChoice> compare(Map<String, Optional<String>> choices, List<RoutingDecision> decisions) {
        Map<String, RoutingDecision> byId = new LinkedHashMap<>();
        decisions.forEach(d -> byId.put(d.sampleId(), d));
        List<ModelChoice> out = new ArrayList<>();
        choices.forEach((id, chosen) -> {
            RoutingDecision d = byId.get(id);
            out.add(new ModelChoice(
                    id, chosen.orElse(null), d == null ? null : d.expectedSkill(), d == null ? null : d.chosen()));
        });
        return out;
    }

    static Optional<String> loadedSkill(JsonNode events) {
        for (JsonNode e : events) {
            if (!"tool_call".equals(e.path("event").asText())
                    || !"use_skill".equals(e.path("name").asText())) {
                continue;
            }
            if (e.has("ok") && !e.path("ok").asBoolean()) {
                continue;
            }
            Optional<String> name = skillName(e.path("arguments"));
            if (name.isPresent()) {
                return name;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> skillName(JsonNode arguments) {
        JsonNode args = arguments;
        if (arguments.isTextual()) {
            try {
                args = JSON.readTree(arguments.asText());
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        String name = args == null ? null : args.path("skill_name").asText(null);
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(name);
    }
}
