package io.skillstudio.evaluator.sample;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        List<Sample> samples = new ArrayList<>();
        List<SampleError> errors = new ArrayList<>();
        try (Stream stream = open(file)) {
            Stream.Item item;
            while ((item = stream.next()) != null) {
                if (item.sample() != null) {
                    samples.add(item.sample());
                } else {
                    errors.add(item.error());
                }
            }
        }
        return new SampleSet(file.toString(), samples, errors);
    }

    /**
     * Opens a file for reading one sample (or line error) at a time, so a sample set of any length is
     * read in bounded memory (apart from the set of seen ids, which finds duplicates).
     */
    public static Stream open(Path file) throws IOException {
        return new Stream(file);
    }

    /** A sample file read lazily; not thread safe. */
    public static final class Stream implements Closeable {
        private final Path file;
        private final InputStream in;
        private final Utf8Lines lines;
        private final Lines reader;

        /** A sample, or the error of a line that could not be read; exactly one is set. */
        public record Item(Sample sample, SampleError error) {}

        private Stream(Path file) throws IOException {
            this.file = file;
            this.in = new BufferedInputStream(Files.newInputStream(file));
            this.lines = new Utf8Lines(in);
            this.reader = new Lines(file.toString());
        }

        /** The next sample or line error, or {@code null} at the end of the file. */
        public Item next() throws IOException {
            while (true) {
                if (!reader.samples.isEmpty()) {
                    return new Item(reader.samples.remove(0), null);
                }
                if (!reader.errors.isEmpty()) {
                    return new Item(null, reader.errors.remove(0));
                }
                Utf8Lines.Line line = lines.next();
                if (line == null) {
                    return null;
                }
                int lineNo = reader.lineNo + 1;
                Optional<String> text = line.text();
                if (text.isPresent()) {
                    reader.accept(text.get());
                } else {
                    reader.lineNo = lineNo;
                    reader.errors.add(new SampleError(
                            file.toString(),
                            lineNo,
                            line.badColumn(),
                            "invalid UTF-8 at byte " + line.badColumn() + " of the line; the line is skipped"));
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    public static SampleSet read(String name, Reader reader) throws IOException {
        Lines lines = new Lines(name);
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String text;
        while ((text = in.readLine()) != null) {
            lines.accept(text);
        }
        return lines.result();
    }

    /** The per-line state of one read: samples, errors, seen ids and the current line number. */
    private static final class Lines {
        private final String name;
        private final List<Sample> samples = new ArrayList<>();
        private final List<SampleError> errors = new ArrayList<>();
        private final Set<String> ids = new HashSet<>();
        private int lineNo;

        Lines(String name) {
            this.name = name;
        }

        SampleSet result() {
            return new SampleSet(name, samples, errors);
        }

        void accept(String line) {
            lineNo++;
            String text = line;
            if (lineNo == 1 && text.startsWith("\uFEFF")) {
                // Editors on Windows add a BOM; it is not part of the first JSON value.
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return;
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
            } catch (IOException e) {
                errors.add(new SampleError(name, lineNo, 1, "unreadable line: " + e.getMessage()));
            }
        }
    }

    /** Top-level fields with the column where each key starts, in line order. */
    static Map<String, SampleFields.Field> readFields(String line) throws IOException {
        Map<String, SampleFields.Field> fields = new LinkedHashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new SampleFields.BadField(
                        "a sample line must be a JSON object", column(p.currentTokenLocation()));
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
                throw new SampleFields.BadField(
                        "unexpected content after the JSON object", column(p.currentTokenLocation()));
            }
        }
        return fields;
    }

    private static int column(JsonLocation loc) {
        return loc == null ? 1 : Math.max(1, loc.getColumnNr());
    }
}
