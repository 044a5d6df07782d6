package io.skillstudio.evaluator.judge.loop;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ToolChoice;
import io.skillstudio.evaluator.judge.cost.CostMeter;
import io.skillstudio.evaluator.judge.model.ModelCallException;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.judge.tools.runtime.ResourceModel;
import io.skillstudio.evaluator.trace.TraceRecorder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The judge model as one {@code run_resource} call's runtime resource sees it: calls go through the
 * loop's {@link ModelCaller} (same cache, retries, in-flight bound, secret redaction), each is a
 * {@code model_turn} event whose parent is the tool call (phase {@code run_resource}) with its tokens and
 * duration, and counts in the sample's cost. Cancel is checked before each call; an in-flight call is
 * aborted by the interrupt as in the loop. Failures come back as the answer's error, as upstream returns them.
 */
final class TracedResourceModel implements ResourceModel {
    static final String PHASE = "run_resource";
    /** The resource's call offers no tools, so there is no tool choice to record. */
    private static final String NO_TOOLS = "none";

    private final ModelCaller caller;
    private final Map<String, Object> scope;
    private final TraceRecorder log;
    private final CostMeter meter;
    private final BooleanSupplier cancelled;
    private final String toolCallId;
    private final int step;

    TracedResourceModel(
            ModelCaller caller,
            Map<String, Object> scope,
            TraceRecorder log,
            CostMeter meter,
            BooleanSupplier cancelled,
            String toolCallId,
            int step) {
        this.caller = caller;
        this.scope = scope;
        this.log = log;
        this.meter = meter;
        this.cancelled = cancelled;
        this.toolCallId = toolCallId;
        this.step = step;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public Answer ask(String resourceId, List<ChatMessage> messages, int maxTokens) {
        if (cancelled.getAsBoolean()) {
            return Answer.failed("cancelled: the run was cancelled before this call");
        }
        Map<String, Object> key = new LinkedHashMap<>(scope);
        key.put("runResource", resourceId);
        TraceRecorder.Stamp st = log.child(toolCallId);
        RecordedCall turn =
                new RecordedCall(step, PHASE, messages.size(), RecordedCall.recorded(messages), List.of(), NO_TOOLS);
        try {
            return Answer.ok(turn.run(caller, key, messages, List.of(), ToolChoice.AUTO, maxTokens, st, log, meter)
                    .text());
        } catch (ModelCallException e) {
            return Answer.failed(RecordedCall.errorText(e));
        }
    }
}
