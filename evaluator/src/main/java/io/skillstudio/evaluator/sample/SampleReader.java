package io.skillstudio.evaluator.sample;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSONL sample set. Each line is parsed on its own so that a malformed line becomes a
 * positioned {@link SampleError} (Jackson's column, the file's line) and the other lines are still read.
 */
public final class SampleReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SampleReader() {}

    /** Reads a file; only an unreadable file throws, malformed content never does. */
    public static SampleSet read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), r);
        }
    }

    public static SampleSet read(String name, Reader reader) throws IOException {
        List<Sample> samples = new ArrayList<>();
        List<SampleError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String text;
        int lineNo = 0;
        while ((text = in.readLine()) != null) {
            lineNo++;
            if (lineNo == 1 && text.startsWith("\uFEFF")) {
                // Editors on Windows add a BOM; it is not part of the first JSON value.
                text = text.substring(1);
            }
            if (text.isBlank()) {
                continue;
            }
            try {
                Sample s = SampleFields.toSample(readFields(text), lineNo);
                if (!ids.add(s.id())) {
                    errors.add(new SampleError(name, lineNo, 1, "duplicate sample id '" + s.id() + "'"));
                } else {
                    samples.add(s);
                }
            } catch (JsonProcessingException e) {
                JsonLocation loc = e.getLocation();
                int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
                errors.add(new SampleError(name, lineNo, col, "invalid JSON: " + e.getOriginalMessage()));
            } catch (SampleFields.BadField e) {
                errors.add(new SampleError(name, lineNo, e.column(), e.getMessage()));
            }
        }
        return new SampleSet(name, samples, errors);
    }

    /** Top-level fields with the column where each key starts, in line order. */
    static Map<String, SampleFields.Field> readFields(String line) throws IOException {
        Map<String, SampleFields.Field> fields = new LinkedHashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new SampleFields.BadField("a sample line must be a JSON object", column(p.currentTokenLocation()));
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int col = column(p.currentTokenLocation());
                p.nextToken();
                JsonNode value = MAPPER.readTree(p);
                if (fields.put(key, new SampleFields.Field(value, col)) != null) {
                    throw new SampleFields.BadField("duplicate key '" + key + "'", col);
                }
            }
            JsonToken trailing = p.nextToken();
            if (trailing != null) {
                throw new SampleFields.BadField("unexpected content after the JSON object", column(p.currentTokenLocation()));
            }
        }
        return fields;
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 1 : Math.max(1, loc.getColumnNr());
    }
}
