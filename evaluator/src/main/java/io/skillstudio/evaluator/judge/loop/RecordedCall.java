package io.skillstudio.evaluator.judge.loop;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ToolChoice;
import io.skillstudio.evaluator.judge.cost.CostMeter;
import io.skillstudio.evaluator.judge.model.MessageJson;
import io.skillstudio.evaluator.judge.model.ModelCallException;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.judge.model.ModelReply;
import io.skillstudio.evaluator.trace.ModelTurn;
import io.skillstudio.evaluator.trace.TraceRecorder;
import java.util.List;
import java.util.Map;

/**
 * One judge-model call as the trace and the cost meter see it, for the agent loop's turns and a runtime
 * resource's calls alike: the call goes through {@link ModelCaller}, its tokens and duration are metered, and
 * a {@code model_turn} event records what was sent, what came back or why it failed.
 *
 * @param step the loop step the call belongs to
 * @param phase the trace phase ({@code agent}, {@code run_resource}, ...)
 * @param messageCount how many messages the conversation holds at this call
 * @param added the messages added since the previous call, as recorded
 * @param tools the names of the tools offered
 * @param toolChoice the tool choice recorded ({@code auto}, {@code required}, {@code none} when no tool is offered)
 */
record RecordedCall(
        int step,
        String phase,
        int messageCount,
        List<Map<String, Object>> added,
        List<String> tools,
        String toolChoice) {

    static List<String> names(List<ToolSpecification> offered) {
        return offered.stream().map(ToolSpecification::name).toList();
    }

    static List<Map<String, Object>> recorded(List<ChatMessage> messages) {
        return MessageJson.of(messages);
    }

    /** Calls the model; the turn is recorded under {@code st} whether the call answers or fails (and rethrows). */
    ModelReply run(
            ModelCaller caller,
            Map<String, Object> key,
            List<ChatMessage> messages,
            List<ToolSpecification> offered,
            ToolChoice choice,
            Integer maxTokens,
            TraceRecorder.Stamp st,
            TraceRecorder log,
            CostMeter meter)
            throws ModelCallException {
        String model = caller.settings().model();
        try {
            ModelCaller.Result r = caller.call(key, List.copyOf(messages), offered, choice, maxTokens);
            ModelReply reply = r.reply();
            if (r.cacheHit()) {
                meter.cacheHit(reply.tokensIn(), reply.tokensOut());
            } else {
                meter.modelCall(r.latencyMs(), reply.tokensIn(), reply.tokensOut());
            }
            log.add(turn(
                    st,
                    model,
                    reply.text(),
                    MessageJson.toolCalls(reply.toolCalls()),
                    reply.finishReason(),
                    reply.tokensIn(),
                    reply.tokensOut(),
                    r.attempts(),
                    r.cacheHit(),
                    r.key(),
                    null));
            return reply;
        } catch (ModelCallException e) {
            meter.modelCall(e.latencyMs(), 0, 0);
            log.add(turn(st, model, null, List.of(), null, 0, 0, e.attempts(), false, null, errorText(e)));
            throw e;
        }
    }

    /** How a failed call reads in the trace and in a runtime resource's error. */
    static String errorText(ModelCallException e) {
        return e.reason().code() + ": " + e.getMessage();
    }

    private ModelTurn turn(
            TraceRecorder.Stamp st,
            String model,
            String replyText,
            List<Map<String, Object>> toolCalls,
            String finishReason,
            long tokensIn,
            long tokensOut,
            int attempts,
            boolean cacheHit,
            String key,
            String error) {
        return new ModelTurn(
                st.id(),
                st.parent(),
                st.response(),
                st.item(),
                st.timestamp(),
                st.elapsedMs(),
                step,
                phase,
                model,
                messageCount,
                added,
                tools,
                toolChoice,
                replyText,
                toolCalls,
                finishReason,
                tokensIn,
                tokensOut,
                attempts,
                cacheHit,
                key,
                error);
    }
}
