package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes traces as JSONL (one trace per line) and reads them back, checking the format version. Version 1
 * files are read and lifted to the version 2 tree ({@link TraceUpgrade}); the version field of a read
 * trace is always {@link Trace#CURRENT_VERSION}.
 */
public final class TraceCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT)
            // Readers ignore fields added by later minor additions rather than failing a whole run file.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TraceCodec() {}

    public static String toLine(Trace trace) {
        try {
            return MAPPER.writeValueAsString(trace);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("trace not serializable: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads one line; a version this code does not know is an error, not a guess. */
    public static Trace fromLine(String line) throws IOException {
        JsonNode node = MAPPER.readTree(line);
        if (node == null || !node.isObject()) {
            throw new IOException("a trace line must be a JSON object");
        }
        int version = node.path("version").asInt(-1);
        if (version < 1 || version > Trace.CURRENT_VERSION) {
            throw new IOException("unsupported trace version " + node.path("version") + "; this reader knows 1.."
                    + Trace.CURRENT_VERSION);
        }
        Trace trace = MAPPER.treeToValue(node, Trace.class);
        return version == 1 ? TraceUpgrade.fromV1(trace) : trace;
    }

    public static void write(List<Trace> traces, Writer out) throws IOException {
        BufferedWriter w = out instanceof BufferedWriter b ? b : new BufferedWriter(out);
        for (Trace t : traces) {
            w.write(toLine(t));
            w.write('\n');
        }
        w.flush();
    }

    public static List<Trace> read(Reader in) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Trace> out = new ArrayList<>();
        String line;
        while ((line = r.readLine()) != null) {
            if (!line.isBlank()) {
                out.add(fromLine(line));
            }
        }
        return out;
    }
}
