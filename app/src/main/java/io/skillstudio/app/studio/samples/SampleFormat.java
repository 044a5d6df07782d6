package io.skillstudio.app.studio.samples;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the rows of our JSONL map to the editable table's columns. Benchmark files (JudgeBench, IFBench,
 * RewardBench2) are not edited here: they are shown read-only as the evaluator reads them
 * ({@link SampleFileViewModel}).
 *
 * @param responses the fields holding the candidate responses, in order; a single field holding a JSON
 *     list of strings is {@link #listField}
 */
public record SampleFormat(
        String name, Map<SampleColumn, String> fields, List<String> responses, Optional<String> listField) {

    /** The studio's own format (docs/samples-format.md). */
    public static final SampleFormat STUDIO = new SampleFormat(
            "sample set",
            Map.of(
                    SampleColumn.ID,
                    "id",
                    SampleColumn.PROMPT,
                    "prompt",
                    SampleColumn.EXPECTED,
                    "expected",
                    SampleColumn.EXPECTED_SKILL,
                    "expected_skill"),
            List.of("response"),
            Optional.of("responses"));

    public Optional<String> field(SampleColumn column) {
        return Optional.ofNullable(fields.get(column));
    }
}
