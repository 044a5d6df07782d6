package io.skillstudio.evaluator.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Row mappers for the benchmark sources. Each keeps the expected verdict or label from the data (so
 * agreement works) and puts only visible task metadata in {@code metadata}: labels, generating models
 * and the like never reach the judge. Where the data fixes which candidate is preferred, its position is
 * drawn deterministically from the seed and the row id, as upstream's RewardBench2 runner does.
 */
final class BenchmarkRows {
    private BenchmarkRows() {}

    /** JudgeBench: {@code label} "A>B" or "B>A" is the expected verdict; the contract has no Tie. */
    static Sample judgeBench(JsonNode row, int line) {
        String id = JsonRows.id(row, "pair_id");
        String label = JsonRows.text(row, "label").replaceAll("\\s+", "");
        String expected = switch (label) {
            case "A>B", "A>>B" -> "A";
            case "B>A", "B>>A" -> "B";
            default -> throw new SampleFields.BadField("'label' must be \"A>B\" or \"B>A\", got '" + label + "'", 1);
        };
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("benchmark", "JudgeBench");
        JsonRows.optionalText(row, "source").ifPresent(s -> meta.put("source", s));
        return new Sample(
                id,
                line,
                JsonRows.text(row, "question"),
                List.of(JsonRows.text(row, "response_A"), JsonRows.text(row, "response_B")),
                "",
                List.of(),
                meta,
                Optional.of(new Expected(expected)),
                Optional.empty());
    }

    /** THU-KEG IFBench: the chosen chat's reply is placed at A or B by {@code Random("seed:id").randrange(2)}. */
    static Sample ifBench(JsonNode row, int line, long seed) {
        String id = JsonRows.id(row, "id");
        Chat chosen = chat(row, "text_chosen");
        Chat rejected = chat(row, "text_rejected");
        if (!chosen.prompt().equals(rejected.prompt())) {
            throw new SampleFields.BadField("'text_chosen' and 'text_rejected' answer different user prompts", 1);
        }
        int at = new PyRandom(seed + ":" + id).randrange(2);
        List<String> responses =
                at == 0 ? List.of(chosen.reply(), rejected.reply()) : List.of(rejected.reply(), chosen.reply());
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("benchmark", "IFBench");
        JsonRows.optionalText(row, "domain").ifPresent(d -> meta.put("domain", d));
        if (!chosen.history().isEmpty()) {
            meta.put("history", chosen.history());
        }
        return new Sample(
                id,
                line,
                chosen.prompt(),
                responses,
                "",
                List.of(),
                meta,
                Optional.of(new Expected(at == 0 ? "A" : "B")),
                Optional.empty());
    }

    /**
     * RewardBench2: {@code chosen[0]} and the first three {@code rejected}, the chosen one swapped into
     * position {@code Random("seed:id").randrange(n)} (§3.5); the expected label is where it landed.
     */
    static Sample rewardBench2(JsonNode row, int line, long seed) {
        String id = JsonRows.id(row, "id");
        List<String> chosen = strings(row, "chosen");
        List<String> rejected = strings(row, "rejected");
        if (chosen.isEmpty() || rejected.isEmpty()) {
            throw new SampleFields.BadField("a RewardBench2 row needs at least one 'chosen' and one 'rejected'", 1);
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(chosen.get(0));
        candidates.addAll(rejected.subList(0, Math.min(3, rejected.size())));
        int at = new PyRandom(seed + ":" + id).randrange(candidates.size());
        candidates.set(0, candidates.get(at));
        candidates.set(at, chosen.get(0));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("benchmark", "RewardBench2");
        JsonRows.optionalText(row, "subset").ifPresent(s -> {
            meta.put("subset", s);
            meta.put("task_type", s);
        });
        if (row.path("additional_metadata").isObject()) {
            // Kept as written; the judge only ever sees it through the blocked-key sanitizer (§6.2).
            meta.put("additional_metadata", JsonRows.MAPPER.convertValue(row.get("additional_metadata"), Map.class));
        }
        return new Sample(
                id,
                line,
                JsonRows.text(row, "prompt"),
                candidates,
                "",
                List.of(),
                meta,
                Optional.of(new Expected(String.valueOf((char) ('A' + at)))),
                Optional.empty());
    }

    private record Chat(String prompt, String reply, String history) {}

    /** A chat ending in the assistant's reply to the last user turn; earlier turns become the history. */
    private static Chat chat(JsonNode row, String key) {
        JsonNode turns = row.get(key);
        if (turns == null || !turns.isArray() || turns.size() < 2) {
            throw new SampleFields.BadField("'" + key + "' must be a chat: a list of {role, content} turns", 1);
        }
        JsonNode last = turns.get(turns.size() - 1);
        JsonNode user = turns.get(turns.size() - 2);
        if (!"assistant".equals(last.path("role").asText())
                || !"user".equals(user.path("role").asText())
                || !last.path("content").isTextual()
                || !user.path("content").isTextual()) {
            throw new SampleFields.BadField("'" + key + "' must end with a user turn and the assistant's reply", 1);
        }
        StringBuilder history = new StringBuilder();
        for (int i = 0; i < turns.size() - 2; i++) {
            history.append(turns.get(i).path("role").asText())
                    .append(": ")
                    .append(turns.get(i).path("content").asText())
                    .append('\n');
        }
        return new Chat(user.path("content").textValue(), last.path("content").textValue(), history.toString());
    }

    private static List<String> strings(JsonNode row, String key) {
        JsonNode v = row.get(key);
        if (v != null && v.isTextual()) {
            return List.of(v.textValue());
        }
        if (v == null || !v.isArray()) {
            throw new SampleFields.BadField("'" + key + "' must be a string or a list of strings", 1);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : v) {
            if (!n.isTextual()) {
                throw new SampleFields.BadField("'" + key + "' must be a list of strings", 1);
            }
            out.add(n.textValue());
        }
        return out;
    }
}
