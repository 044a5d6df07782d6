package io.skillstudio.evaluator.sample;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a sample source in any {@link SampleFormat}, detecting the format from the first record's keys
 * when none is given. Detection never guesses: a record that fits several formats, or none, is an error
 * that names the keys it saw and the {@code --samples-format} values.
 */
public final class SampleSources {
    /** The seed of upstream's candidate placement when none is given. */
    public static final long DEFAULT_SEED = 0;

    /** Thrown when the format cannot be detected; the message says why and what to pass. */
    public static final class UndetectedFormatException extends IOException {
        UndetectedFormatException(String message) {
            super(message);
        }
    }

    private SampleSources() {}

    public static SampleSet read(Path file, Optional<SampleFormat> format, long seed) throws IOException {
        SampleFormat f = format.isPresent() ? format.get() : detect(file);
        return switch (f) {
            case JSONL -> SampleReader.read(file);
            case JUDGEBENCH -> JsonRows.lines(file, BenchmarkRows::judgeBench);
            case IFBENCH -> JsonRows.array(file, (row, line) -> BenchmarkRows.ifBench(row, line, seed));
            case REWARDBENCH2 -> JsonRows.lines(file, (row, line) -> BenchmarkRows.rewardBench2(row, line, seed));
        };
    }

    /** The format of the first record: a JSON array of chats is IFBench; otherwise the first line's keys decide. */
    public static SampleFormat detect(Path file) throws IOException {
        try (JsonParser p = JsonRows.MAPPER.getFactory().createParser(file.toFile())) {
            return detect(file.toString(), p);
        }
    }

    /**
     * The format of a sample file's text (an editor's buffer), as {@link #detect(Path)} decides it.
     *
     * @param where the file name messages carry
     */
    public static SampleFormat detect(String where, String text) throws IOException {
        try (JsonParser p = JsonRows.MAPPER.getFactory().createParser(text)) {
            return detect(where, p);
        }
    }

    private static SampleFormat detect(String file, JsonParser p) throws IOException {
        JsonNode first;
        try {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                throw new UndetectedFormatException(
                        file + ": the first record is not a JSON object; pass --samples-format");
            }
            first = JsonRows.MAPPER.readTree(p);
        } catch (JsonProcessingException e) {
            throw new UndetectedFormatException(file + ": cannot read the first record to detect the format ("
                    + e.getOriginalMessage() + "); pass --samples-format");
        }
        Set<String> keys = new TreeSet<>();
        for (Iterator<String> it = first.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        List<SampleFormat> fits = new ArrayList<>();
        if (keys.containsAll(List.of("question", "response_A", "response_B"))) {
            fits.add(SampleFormat.JUDGEBENCH);
        }
        if (keys.containsAll(List.of("text_chosen", "text_rejected"))) {
            fits.add(SampleFormat.IFBENCH);
        }
        if (keys.containsAll(List.of("prompt", "chosen", "rejected"))) {
            fits.add(SampleFormat.REWARDBENCH2);
        }
        if (keys.contains("id") && (keys.contains("response") || keys.contains("responses"))) {
            fits.add(SampleFormat.JSONL);
        }
        if (fits.size() == 1) {
            return fits.get(0);
        }
        String values = "jsonl, judgebench, ifbench, rewardbench2";
        throw new UndetectedFormatException(file + ": "
                + (fits.isEmpty()
                        ? "the first record's keys " + keys + " fit no known sample format"
                        : "the first record's keys " + keys + " fit several formats "
                                + fits.stream().map(SampleFormat::code).toList())
                + "; pass --samples-format (" + values + ")");
    }
}
