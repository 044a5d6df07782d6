package io.skillstudio.evaluator.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.skillstudio.evaluator.python.PyJson;
import io.skillstudio.evaluator.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays every recorded call of the Python helpers. Rows listed in {@link #EXCLUDED} (and helpers in
 * {@link #EXCLUDED_HELPERS}) are documented in docs/constraint-tools-parity.md with their cause.
 */
class ConstraintToolsParityTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConstraintToolsParityTest.class);

    /** {@code emit} prints with json.dumps inside the sandbox; it has no verifier and is not ported. */
    static final Set<String> EXCLUDED_HELPERS = Set.of("emit");

    /** Row ids (1-based line numbers of constraint-tools-vectors.jsonl) with a documented cause. */
    static final Map<Integer, String> EXCLUDED = Map.of();

    @Test
    void javaHelpersAgreeWithEveryRecordedPythonCall() throws IOException {
        Path vectors = SharedData.require("parity/constraint-tools-vectors.jsonl");
        Path texts = SharedData.require("parity/constraint-tools-texts.jsonl");
        List<ParityRows.Row> rows = ParityRows.load(vectors, texts);
        // 53,848 rows when written; every helper must still be exercised.
        assertThat(rows).as("constraint-tools vectors").hasSizeGreaterThan(50_000);

        Map<String, int[]> perHelper = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        for (ParityRows.Row row : rows) {
            if (EXCLUDED_HELPERS.contains(row.fn())) {
                continue;
            }
            int[] tally = perHelper.computeIfAbsent(row.fn(), k -> new int[2]);
            tally[1]++;
            JsonNode actual = ParityReplay.run(row);
            if (agrees(row, actual)) {
                tally[0]++;
            } else if (!EXCLUDED.containsKey(row.id())) {
                unexpected.add("row " + row.id() + " " + row.fn() + " " + row.args() + " text=" + abbreviate(row.text())
                        + " expected=" + row.result() + " actual=" + actual);
            }
        }
        StringBuilder report = new StringBuilder("| helper | agree | rows |\n|---|---|---|\n");
        perHelper.forEach((fn, t) -> report.append("| ")
                .append(fn)
                .append(" | ")
                .append(t[0])
                .append(" | ")
                .append(t[1])
                .append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target", "constraint-tools-parity.md"), report + "\n" + String.join("\n", unexpected));
        LOG.info("constraint_tools parity:\n{}", report);
        int compared = perHelper.values().stream().mapToInt(t -> t[1]).sum();
        assertThat(compared).as("rows compared").isGreaterThan(50_000);
        assertThat(perHelper).as("helpers compared").hasSizeGreaterThanOrEqualTo(20);
        assertThat(unexpected).as("rows disagreeing with Python").isEmpty();
    }

    private static boolean agrees(ParityRows.Row row, JsonNode actual) {
        if (actual.has("java_budget")) {
            return false; // Python raised no budget error on any row: an abort here is a disagreement
        }
        if (row.raised()) {
            return actual.has("java_error");
        }
        if (actual.has("java_error")) {
            return false;
        }
        JsonNode expected = row.result();
        if (row.raw().path("nonfinite").asBoolean(false)) {
            expected =
                    PyJson.parse(row.raw().get("result_python_json").asText()).value();
        }
        if (row.fn().equals("json_parse")) {
            // Error texts are CPython's own wording; validity and value must match.
            return actual.get("valid").equals(expected.get("valid"))
                    && ParityReplay.same(actual.get("value"), expected.get("value"));
        }
        return ParityReplay.same(actual, expected);
    }

    private static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        String q = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return ParityRows.JSON.valueToTree(q).toString();
    }
}
