package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.output.RunOutput;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which steps differ between two traces of the same sample: a step present in only one of them, or
 * present in both with a different outcome. Ids, timestamps and durations never count as differences.
 */
public final class TraceDiff {

    private TraceDiff() {}

    /** The keys (see {@link Step#key()}) of the steps that differ, from either tree. */
    public static Set<String> differing(Step left, Step right) {
        Map<String, String> a = signatures(left);
        Map<String, String> b = signatures(right);
        Set<String> out = new HashSet<>();
        a.forEach((k, sig) -> {
            if (!Objects.equals(sig, b.get(k))) {
                out.add(k);
            }
        });
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(out::add);
        return out;
    }

    private static Map<String, String> signatures(Step root) {
        Map<String, String> out = new HashMap<>();
        root.forEach(s -> out.put(s.key(), s.event().map(TraceDiff::signature).orElse(s.title())));
        return out;
    }

    /** What an event decided, without its id and timing. */
    static String signature(TraceEvent e) {
        if (e instanceof TraceEvents.VerifierRun v) {
            return v.outcome() + "|" + v.value() + "|" + v.explanation() + "|" + v.evidence() + "|" + v.params();
        }
        if (e instanceof TraceEvents.Aggregation a) {
            return RunOutput.json(a.breakdown());
        }
        if (e instanceof TraceEvents.FinalResult f) {
            return RunOutput.json(f.decision()) + RunOutput.json(f.scores());
        }
        if (e instanceof ModelTurn m) {
            return m.replyText() + "|" + m.toolCalls() + "|" + m.error();
        }
        if (e instanceof ToolCall t) {
            return t.name() + "|" + t.arguments() + "|" + t.ok() + "|" + t.result();
        }
        if (e instanceof TraceEvents.Error err) {
            return err.reason() + "|" + err.message();
        }
        if (e instanceof TraceEvents.ResourceViewed r) {
            return r.path() + "|" + r.items();
        }
        if (e instanceof TraceEvents.Warning w) {
            return w.code() + "|" + w.message();
        }
        TraceEvents.RunStarted r = (TraceEvents.RunStarted) e;
        return r.mode() + "|" + r.responses() + "|" + r.items();
    }
}
