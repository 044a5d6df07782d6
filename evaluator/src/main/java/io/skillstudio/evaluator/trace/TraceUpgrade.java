package io.skillstudio.evaluator.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * Lifts a version 1 trace to the version 2 tree. Version 1 had no parent links; its order was the only
 * structure, so the upgrade states that structure once, here, instead of every viewer guessing: the
 * first {@code run_started} is the root, a {@code tool_call} belongs to the {@code model_turn} before
 * it, everything else to the root. Response texts were not stored in version 1 and stay empty.
 */
final class TraceUpgrade {

    private TraceUpgrade() {}

    static Trace fromV1(Trace v1) {
        String root = v1.events().stream()
                .filter(e -> e instanceof TraceEvents.RunStarted)
                .map(TraceEvent::id)
                .findFirst()
                .orElse(null);
        List<TraceEvent> out = new ArrayList<>();
        String lastTurn = null;
        for (TraceEvent e : v1.events()) {
            String parent = e.id().equals(root) ? null : root;
            if (e instanceof ModelTurn) {
                lastTurn = e.id();
            } else if (e instanceof ToolCall && lastTurn != null) {
                parent = lastTurn;
            }
            out.add(withParent(e, parent));
        }
        return Trace.of(v1.sampleId(), v1.provenance(), List.of(), out);
    }

    // Java 17: no pattern switch yet; the sealed interface keeps this list complete by review and test.
    private static TraceEvent withParent(TraceEvent e, String p) {
        if (e instanceof TraceEvents.RunStarted r) {
            return new TraceEvents.RunStarted(
                    r.id(),
                    p,
                    r.response(),
                    r.item(),
                    r.timestamp(),
                    r.durationMs(),
                    r.sampleId(),
                    r.mode(),
                    r.responses(),
                    r.items());
        } else if (e instanceof TraceEvents.ResourceViewed r) {
            return new TraceEvents.ResourceViewed(
                    r.id(),
                    p,
                    r.response(),
                    r.item(),
                    r.timestamp(),
                    r.durationMs(),
                    r.resourceId(),
                    r.path(),
                    r.items());
        } else if (e instanceof TraceEvents.VerifierRun r) {
            return new TraceEvents.VerifierRun(
                    r.id(),
                    p,
                    r.response(),
                    r.item(),
                    r.timestamp(),
                    r.durationMs(),
                    r.verifier(),
                    r.params(),
                    r.outcome(),
                    r.value(),
                    r.explanation(),
                    r.evidence());
        } else if (e instanceof TraceEvents.Aggregation r) {
            return new TraceEvents.Aggregation(
                    r.id(), p, r.response(), r.item(), r.timestamp(), r.durationMs(), r.breakdown());
        } else if (e instanceof TraceEvents.FinalResult r) {
            return new TraceEvents.FinalResult(
                    r.id(), p, r.response(), r.item(), r.timestamp(), r.durationMs(), r.decision(), r.scores());
        } else if (e instanceof TraceEvents.Error r) {
            return new TraceEvents.Error(
                    r.id(), p, r.response(), r.item(), r.timestamp(), r.durationMs(), r.reason(), r.message());
        } else if (e instanceof TraceEvents.Warning r) {
            return new TraceEvents.Warning(
                    r.id(), p, r.response(), r.item(), r.timestamp(), r.durationMs(), r.code(), r.message());
        } else if (e instanceof ModelTurn t) {
            return new ModelTurn(
                    t.id(),
                    p,
                    t.response(),
                    t.item(),
                    t.timestamp(),
                    t.durationMs(),
                    t.step(),
                    t.phase(),
                    t.model(),
                    t.messageCount(),
                    t.messagesAdded(),
                    t.tools(),
                    t.toolChoice(),
                    t.replyText(),
                    t.toolCalls(),
                    t.finishReason(),
                    t.tokensIn(),
                    t.tokensOut(),
                    t.attempts(),
                    t.cacheHit(),
                    t.requestKey(),
                    t.error());
        } else if (e instanceof ToolCall c) {
            return new ToolCall(
                    c.id(),
                    p,
                    c.response(),
                    c.item(),
                    c.timestamp(),
                    c.durationMs(),
                    c.step(),
                    c.callId(),
                    c.name(),
                    c.arguments(),
                    c.ok(),
                    c.result());
        }
        throw new IllegalStateException("unknown event type " + e.getClass());
    }
}
