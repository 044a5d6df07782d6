package io.skillstudio.evaluator.sample;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads benchmark rows (one JSON object per line, or a JSON array of objects) into samples through a
 * row mapper. A bad row is a positioned {@link SampleError}; the other rows are still read.
 */
final class JsonRows {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** Maps one row; throws {@link SampleFields.BadField} for a row that cannot be a sample. */
    interface Mapper {
        Sample map(JsonNode row, int line);
    }

    private JsonRows() {}

    static SampleSet lines(Path file, Mapper mapper) throws IOException {
        Collector c = new Collector(file.toString());
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Utf8Lines lines = new Utf8Lines(in);
            Utf8Lines.Line line;
            int lineNo = 0;
            while ((line = lines.next()) != null) {
                lineNo++;
                Optional<String> text = line.text();
                if (text.isEmpty()) {
                    c.error(
                            lineNo,
                            line.badColumn(),
                            "invalid UTF-8 at byte " + line.badColumn() + "; the line is skipped");
                    continue;
                }
                String t = lineNo == 1 && text.get().startsWith("\uFEFF")
                        ? text.get().substring(1)
                        : text.get();
                if (t.isBlank()) {
                    continue;
                }
                try {
                    JsonNode row = MAPPER.readTree(t);
                    c.add(row, lineNo, mapper);
                } catch (JsonProcessingException e) {
                    JsonLocation loc = e.getLocation();
                    c.error(
                            lineNo,
                            loc == null ? 1 : Math.max(1, loc.getColumnNr()),
                            "invalid JSON: " + e.getOriginalMessage());
                }
            }
        }
        return c.result();
    }

    /** A JSON array of row objects; each row's position is the line where its object starts. */
    static SampleSet array(Path file, Mapper mapper) throws IOException {
        Collector c = new Collector(file.toString());
        try (JsonParser p = MAPPER.getFactory().createParser(file.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                c.error(line(p), 1, "expected a JSON array of rows");
                return c.result();
            }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                int at = line(p);
                c.add(MAPPER.readTree(p), at, mapper);
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            c.error(
                    loc == null ? 1 : loc.getLineNr(),
                    loc == null ? 1 : Math.max(1, loc.getColumnNr()),
                    "invalid JSON: " + e.getOriginalMessage() + "; rows after this point are not read");
        }
        return c.result();
    }

    private static int line(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getLineNr());
    }

    private static final class Collector {
        private final String name;
        private final List<Sample> samples = new ArrayList<>();
        private final List<SampleError> errors = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();

        Collector(String name) {
            this.name = name;
        }

        void add(JsonNode row, int line, Mapper mapper) {
            if (row == null || !row.isObject()) {
                error(line, 1, "a row must be a JSON object");
                return;
            }
            try {
                Sample s = mapper.map(row, line);
                if (!ids.add(s.id())) {
                    error(line, 1, "duplicate sample id '" + s.id() + "'");
                } else {
                    samples.add(s);
                }
            } catch (SampleFields.BadField e) {
                error(line, e.column(), e.getMessage());
            }
        }

        void error(int line, int column, String message) {
            errors.add(new SampleError(name, line, column, message));
        }

        SampleSet result() {
            return new SampleSet(name, samples, errors);
        }
    }

    // ---- field helpers shared by the row mappers

    static String text(JsonNode row, String key) {
        JsonNode v = row.get(key);
        if (v == null || !v.isTextual()) {
            throw new SampleFields.BadField("'" + key + "' must be a string", 1);
        }
        return v.textValue();
    }

    static String id(JsonNode row, String key) {
        JsonNode v = row.get(key);
        if (v == null || !(v.isTextual() || v.isIntegralNumber()) || v.asText().isBlank()) {
            throw new SampleFields.BadField("a row needs '" + key + "' (string or integer)", 1);
        }
        return v.asText();
    }

    static Optional<String> optionalText(JsonNode row, String key) {
        JsonNode v = row.get(key);
        return v != null && v.isTextual() && !v.textValue().isBlank() ? Optional.of(v.textValue()) : Optional.empty();
    }
}
