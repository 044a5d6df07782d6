package io.skillstudio.app.studio.samples;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the rows of one sample-set format map to the table's columns. Every format is JSON Lines (one
 * object per line); formats differ in field names. Adding a format is adding a value here with its
 * fields: the table, its edits and the lossless save stay the same.
 *
 * @param responses the fields holding the candidate responses, in order; a single field holding a JSON
 *     list of strings is {@link #listField}
 */
public record SampleFormat(String name, Map<SampleColumn, String> fields, List<String> responses,
        Optional<String> listField, String signature) {

    /** The studio's own format (docs/samples-format.md). */
    public static final SampleFormat STUDIO = new SampleFormat("sample set", Map.of(SampleColumn.ID, "id",
            SampleColumn.PROMPT, "prompt", SampleColumn.EXPECTED, "expected", SampleColumn.EXPECTED_SKILL,
            "expected_skill"), List.of("response"), Optional.of("responses"), "id");

    /** JudgeBench pairs: {@code pair_id}, {@code question}, {@code response_A}/{@code response_B}, {@code label}. */
    public static final SampleFormat JUDGEBENCH = new SampleFormat("JudgeBench", Map.of(SampleColumn.ID, "pair_id",
            SampleColumn.PROMPT, "question", SampleColumn.EXPECTED, "label"), List.of("response_A", "response_B"),
            Optional.empty(), "pair_id");

    /** The formats tried in order; the first whose signature field the first row has wins. */
    public static final List<SampleFormat> KNOWN = List.of(JUDGEBENCH, STUDIO);

    public Optional<String> field(SampleColumn column) {
        return Optional.ofNullable(fields.get(column));
    }

    /** The format of a file whose first object is {@code first} (the studio's own when none matches). */
    public static SampleFormat detect(Optional<ObjectNode> first) {
        return first.flatMap(row -> KNOWN.stream().filter(f -> row.has(f.signature())).findFirst()).orElse(STUDIO);
    }
}
