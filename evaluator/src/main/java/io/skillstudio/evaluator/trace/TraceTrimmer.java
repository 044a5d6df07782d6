package io.skillstudio.evaluator.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies {@link TraceLimits} to one sample's events as they are recorded. Every event is measured
 * (an upper estimate of the JSON it will be written as). Within the limits an event is kept as it is.
 * Past them, an event that carries the outcome or the tree (run start, model turn, verifier run, aggregation, final
 * result, error, warning, the {@code final_answer} call) is kept without its payload (messages, reply,
 * arguments, tool results, evidence, long messages), and other tool calls and resource views are kept
 * as such skeletons until the event cap, then dropped. Counts of both are reported by {@link #summary()}.
 */
final class TraceTrimmer {

    static final int KEPT_MESSAGE_CHARS = 1_000;
    /** {@code ToolNames.FINAL_ANSWER}, spelled here because the judge depends on the trace, not back. */
    static final String FINAL_ANSWER = "final_answer";

    private static final ObjectWriter WRITER = new ObjectMapper().writerFor(TraceEvent.class);

    private final TraceLimits limits;
    private long bytes;
    private int events;
    private int dropped;
    private long droppedBytes;
    private int stripped;
    private long strippedBytes;

    TraceTrimmer(TraceLimits limits) {
        this.limits = limits;
    }

    /** The event to record (itself or a skeleton of it), or {@code null} to drop it. */
    TraceEvent admit(TraceEvent event) {
        long size = size(event);
        if (events < limits.maxEvents() && bytes + size <= limits.maxBytes()) {
            return keep(event, size);
        }
        if (events >= limits.maxEvents() && droppable(event)) {
            dropped++;
            droppedBytes += size;
            return null;
        }
        TraceEvent skeleton = skeleton(event);
        long kept = size(skeleton);
        stripped++;
        strippedBytes += Math.max(0, size - kept);
        return keep(skeleton, kept);
    }

    boolean truncated() {
        return dropped > 0 || stripped > 0;
    }

    /** What was cut, for the {@code trace_truncated} warning. */
    String summary() {
        return "the trace reached its per-sample cap (" + limits.maxEvents() + " events, " + limits.maxBytes()
                + " bytes): " + stripped + " events kept without their payload (" + strippedBytes
                + " bytes left out), " + dropped + " tool calls or resource views dropped (" + droppedBytes
                + " bytes); scores are not affected";
    }

    private TraceEvent keep(TraceEvent e, long size) {
        events++;
        bytes += size;
        return e;
    }

    private static boolean droppable(TraceEvent e) {
        return e instanceof TraceEvents.ResourceViewed || e instanceof ToolCall c && !isFinalAnswer(c);
    }

    private static boolean isFinalAnswer(ToolCall c) {
        return FINAL_ANSWER.equals(c.name());
    }

    /**
     * The event's JSON size in bytes, estimated from above without serializing it (recording must stay
     * cheap: every event of every sample passes here): every string counted as UTF-8 with each quote,
     * backslash or control character as a six-byte escape, plus a fixed allowance for the links, timing
     * and numbers. Only the two rare, structured events are serialized to be measured.
     */
    static long size(TraceEvent e) {
        long links = BASE + text(e.id()) + text(e.parent()) + text(e.item()) + text(e.timestamp());
        return links
                + switch (e) {
                    case ModelTurn t ->
                        tree(t.messagesAdded())
                                + tree(t.tools())
                                + text(t.replyText())
                                + tree(t.toolCalls())
                                + text(t.error())
                                + text(t.model())
                                + text(t.phase())
                                + text(t.toolChoice())
                                + text(t.finishReason())
                                + text(t.requestKey());
                    case ToolCall c -> text(c.callId()) + text(c.name()) + text(c.arguments()) + tree(c.result());
                    case TraceEvents.VerifierRun v ->
                        text(v.verifier())
                                + tree(v.params())
                                + text(v.explanation())
                                + v.evidence().stream()
                                        .mapToLong(sp -> SCALAR + text(sp.note()) + text(sp.text()))
                                        .sum();
                    case TraceEvents.Error r -> text(r.message());
                    case TraceEvents.Warning w -> text(w.code()) + text(w.message());
                    case TraceEvents.ResourceViewed r -> text(r.resourceId()) + text(r.path());
                    case TraceEvents.RunStarted r -> text(r.sampleId()) + text(r.mode());
                    case TraceEvents.Aggregation a -> serialized(a);
                    case TraceEvents.FinalResult f -> serialized(f);
                };
    }

    /** Field names, ids, timestamps and numbers of one event, beyond its strings. */
    private static final long BASE = 256;

    private static final long SCALAR = 32;

    private static long text(String s) {
        if (s == null) {
            return 4;
        }
        long n = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x20 || c == '"' || c == '\\' ? 6 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
        }
        return n;
    }

    private static long tree(Object o) {
        if (o instanceof String s) {
            return text(s);
        } else if (o instanceof Map<?, ?> m) {
            long n = 2;
            for (Map.Entry<?, ?> en : m.entrySet()) {
                n += tree(String.valueOf(en.getKey())) + tree(en.getValue()) + 2;
            }
            return n;
        } else if (o instanceof Collection<?> c) {
            long n = 2;
            for (Object x : c) {
                n += tree(x) + 1;
            }
            return n;
        }
        return o == null ? 4 : o instanceof Enum<?> en ? text(en.name()) : SCALAR;
    }

    private static long serialized(TraceEvent e) {
        CountingStream out = new CountingStream();
        try {
            WRITER.writeValue(out, e);
        } catch (IOException ex) {
            throw new IllegalStateException("trace event not serializable: " + ex.getMessage(), ex);
        }
        return out.count;
    }

    /** The event without its payload: links, timing, step, names, outcome and counters stay. */
    static TraceEvent skeleton(TraceEvent e) {
        return switch (e) {
            case ModelTurn t ->
                new ModelTurn(
                        t.id(),
                        t.parent(),
                        t.response(),
                        t.item(),
                        t.timestamp(),
                        t.durationMs(),
                        t.step(),
                        t.phase(),
                        t.model(),
                        t.messageCount(),
                        List.of(),
                        t.tools(),
                        t.toolChoice(),
                        null,
                        List.of(),
                        t.finishReason(),
                        t.tokensIn(),
                        t.tokensOut(),
                        t.attempts(),
                        t.cacheHit(),
                        t.requestKey(),
                        cut(t.error()));
            case ToolCall c ->
                new ToolCall(
                        c.id(),
                        c.parent(),
                        c.response(),
                        c.item(),
                        c.timestamp(),
                        c.durationMs(),
                        c.step(),
                        cut(c.callId()),
                        cut(c.name()),
                        null,
                        c.ok(),
                        skeletonResult(c));
            case TraceEvents.VerifierRun v ->
                new TraceEvents.VerifierRun(
                        v.id(),
                        v.parent(),
                        v.response(),
                        v.item(),
                        v.timestamp(),
                        v.durationMs(),
                        v.verifier(),
                        Map.of(),
                        v.outcome(),
                        v.value(),
                        cut(v.explanation()),
                        List.of());
            case TraceEvents.Error r ->
                new TraceEvents.Error(
                        r.id(),
                        r.parent(),
                        r.response(),
                        r.item(),
                        r.timestamp(),
                        r.durationMs(),
                        r.reason(),
                        cut(r.message()));
            case TraceEvents.Warning w ->
                new TraceEvents.Warning(
                        w.id(),
                        w.parent(),
                        w.response(),
                        w.item(),
                        w.timestamp(),
                        w.durationMs(),
                        w.code(),
                        cut(w.message()));
            case TraceEvents.ResourceViewed r ->
                new TraceEvents.ResourceViewed(
                        r.id(),
                        r.parent(),
                        r.response(),
                        r.item(),
                        r.timestamp(),
                        r.durationMs(),
                        cut(r.resourceId()),
                        cut(r.path()),
                        r.items());
            // The root, the score breakdown and the final result are the outcome itself: never cut.
            case TraceEvents.RunStarted r -> r;
            case TraceEvents.Aggregation a -> a;
            case TraceEvents.FinalResult f -> f;
        };
    }

    /** A final answer keeps its (small) verdict fields; other results only whether they were ok. */
    private static Map<String, Object> skeletonResult(ToolCall c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", c.ok());
        if (isFinalAnswer(c)) {
            for (String k : List.of("tool", "score", "verdict", "reason")) {
                if (c.result().get(k) instanceof Object v) {
                    out.put(k, v instanceof String s ? cut(s) : v);
                }
            }
        }
        out.put("truncated", true);
        return out;
    }

    private static String cut(String s) {
        return s == null || s.length() <= KEPT_MESSAGE_CHARS ? s : s.substring(0, KEPT_MESSAGE_CHARS) + " [cut]";
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
