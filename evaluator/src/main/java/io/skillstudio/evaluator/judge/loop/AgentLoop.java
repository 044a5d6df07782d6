package io.skillstudio.evaluator.judge.loop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ToolChoice;
import io.skillstudio.evaluator.judge.JudgeOutcome;
import io.skillstudio.evaluator.judge.JudgePayloadLimits;
import io.skillstudio.evaluator.judge.JudgeSample;
import io.skillstudio.evaluator.judge.answer.FinalAnswerParser;
import io.skillstudio.evaluator.judge.answer.ParsedAnswer;
import io.skillstudio.evaluator.judge.cost.CostMeter;
import io.skillstudio.evaluator.judge.model.ModelCallException;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.judge.model.ModelReply;
import io.skillstudio.evaluator.judge.tools.SkillTools;
import io.skillstudio.evaluator.judge.tools.ToolCatalog;
import io.skillstudio.evaluator.judge.tools.ToolNames;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.evaluator.trace.TraceRecorder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * One reward call: the upstream agent loop (§3.4, §3.6) over {@code ChatModel.chat(ChatRequest)}, one
 * turn at a time, every turn and tool call recorded. Every way it can end is an outcome: scored, or
 * unscored with a reason; nothing becomes 0.5. Not thread safe; one instance per call.
 */
final class AgentLoop {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REFUSAL =
            Pattern.compile("(?i)\\b(I can(?:no|')t|I cannot|I'm unable to|I am unable to|I won't|I will not)\\b.{0,40}"
                    + "\\b(help|assist|evaluate|judge|comply|provide)");

    private final ModelCaller caller;
    private final LoopConfig config;
    private final JudgeSample sample;
    private final SkillTools tools;
    private final ToolCatalog catalog;
    private final FinalAnswerParser parser;
    private final Map<String, Object> scope;
    private final TraceRecorder log;
    private final CostMeter meter = new CostMeter();
    private final List<ChatMessage> messages = new ArrayList<>();
    private int sent;
    /** The id of the latest model_turn event: the parent of the tool calls it asked for. */
    private String lastTurn;

    private int unknownCalls;
    private String lastText = "";
    private ParsedAnswer.Invalid lastInvalid;

    private final BooleanSupplier cancel;

    AgentLoop(
            ModelCaller caller,
            LoopConfig config,
            JudgeSample sample,
            SkillTools tools,
            String systemPrompt,
            Map<String, Object> scope,
            TraceRecorder recorder,
            BooleanSupplier cancel) {
        this.cancel = cancel;
        this.caller = caller;
        this.config = config;
        this.sample = sample;
        this.tools = tools;
        this.catalog = new ToolCatalog(sample, config.pythonSandbox());
        this.parser = new FinalAnswerParser(sample);
        this.scope = scope;
        this.log = recorder;
        messages.add(SystemMessage.from(systemPrompt));
        messages.add(UserMessage.from(Prompts.user(sample)));
    }

    JudgeOutcome run() {
        int invalidRetries = 0;
        boolean budgetSpentOnTools = false;
        String phase = "loop";
        for (int step = 1; step <= config.maxSteps(); step++) {
            if (cancelled()) {
                return unscored(UnscoredReason.CANCELLED, "cancelled before model call " + step, false);
            }
            ModelReply reply;
            try {
                reply = call(step, phase, catalog.tools(tools.loaded()), ToolChoice.AUTO, null);
            } catch (ModelCallException e) {
                return unscored(e.reason(), e.getMessage(), false);
            }
            phase = "loop";
            if ("CONTENT_FILTER".equals(reply.finishReason())) {
                return unscored(UnscoredReason.REFUSAL, "the provider's content filter stopped the reply", false);
            }
            Optional<ToolExecutionRequest> fin = reply.toolCalls().stream()
                    .filter(c -> ToolNames.FINAL_ANSWER.equals(c.name()))
                    .findFirst();
            ParsedAnswer parsed;
            if (fin.isPresent()) {
                parsed = parser.fromArguments(fin.get().arguments());
                recordFinal(step, fin.get(), parsed);
            } else if (reply.toolCalls().size() > JudgePayloadLimits.MAX_TOOL_CALLS_PER_TURN) {
                return unscored(
                        UnscoredReason.STEP_BUDGET_EXHAUSTED,
                        "the model asked for " + reply.toolCalls().size() + " tool calls in one turn; the cap is "
                                + JudgePayloadLimits.MAX_TOOL_CALLS_PER_TURN,
                        false);
            } else if (!reply.toolCalls().isEmpty()) {
                budgetSpentOnTools = step == config.maxSteps();
                if (executeTools(step, reply, lastTurn)) {
                    if (cancelled()) {
                        return unscored(UnscoredReason.CANCELLED, "cancelled between tool calls", false);
                    }
                    return unscored(
                            UnscoredReason.UNKNOWN_TOOL,
                            "the model called unknown tools " + unknownCalls + " times",
                            false);
                }
                continue;
            } else {
                lastText = reply.text();
                parsed = parser.fromText(reply.text());
                if (parsed instanceof ParsedAnswer.Absent) {
                    parsed = new ParsedAnswer.Invalid(UnscoredReason.NO_FINAL_ANSWER, "the reply had no final answer");
                    messages.add(reply.asAiMessage());
                }
            }
            if (parsed instanceof ParsedAnswer.Valid v) {
                return scored(v, false);
            }
            lastInvalid = (ParsedAnswer.Invalid) parsed;
            if (invalidRetries >= config.invalidAnswerRetries() || step == config.maxSteps()) {
                break;
            }
            invalidRetries++;
            phase = "retry_invalid";
            // As upstream R2: the failed assistant turn is not replayed, only the correction request.
            messages.add(UserMessage.from(Prompts.invalidAnswer(lastInvalid.detail())));
        }
        return finish(budgetSpentOnTools);
    }

    private boolean cancelled() {
        return cancel.getAsBoolean() || Thread.currentThread().isInterrupted();
    }

    private JudgeOutcome finish(boolean budgetSpentOnTools) {
        ParsedAnswer.Invalid forcedInvalid = null;
        if (cancelled()) {
            return unscored(UnscoredReason.CANCELLED, "cancelled before forced finalization", false);
        }
        if (config.forcedFinalization()) {
            messages.add(UserMessage.from(Prompts.forceFinal()));
            ModelReply reply;
            try {
                reply = call(
                        config.maxSteps() + 1,
                        "forced",
                        List.of(catalog.finalAnswer()),
                        ToolChoice.REQUIRED,
                        config.forcedMaxTokens());
            } catch (ModelCallException e) {
                return unscored(e.reason(), e.getMessage(), true);
            }
            Optional<ToolExecutionRequest> fin = reply.toolCalls().stream()
                    .filter(c -> ToolNames.FINAL_ANSWER.equals(c.name()))
                    .findFirst();
            ParsedAnswer parsed =
                    fin.isPresent() ? parser.fromArguments(fin.get().arguments()) : parser.fromText(reply.text());
            fin.ifPresent(f -> recordFinal(config.maxSteps() + 1, f, parsed));
            if (fin.isEmpty()) {
                lastText = reply.text().isBlank() ? lastText : reply.text();
            }
            if (parsed instanceof ParsedAnswer.Valid v) {
                return scored(v, true);
            }
            if (parsed instanceof ParsedAnswer.Invalid inv) {
                forcedInvalid = inv;
            }
        }
        UnscoredReason reason;
        String detail;
        if (forcedInvalid != null) {
            reason = forcedInvalid.reason();
            detail = forcedInvalid.detail();
        } else if (budgetSpentOnTools) {
            reason = UnscoredReason.STEP_BUDGET_EXHAUSTED;
            detail = "still calling tools after " + config.maxSteps() + " steps";
        } else if (lastInvalid != null) {
            reason = lastInvalid.reason();
            detail = lastInvalid.detail();
        } else {
            reason = UnscoredReason.NO_FINAL_ANSWER;
            detail = "no final answer";
        }
        if (reason == UnscoredReason.NO_FINAL_ANSWER
                && REFUSAL.matcher(lastText).find()) {
            reason = UnscoredReason.REFUSAL;
            detail = "the model declined: " + abbreviate(lastText);
        }
        return unscored(reason, detail, config.forcedFinalization());
    }

    /** Runs the non-final tool calls of a reply; true when unknown tools reached the cap or the run was cancelled. */
    private boolean executeTools(int step, ModelReply reply, String turnId) {
        messages.add(reply.asAiMessage());
        int n = 0;
        for (ToolExecutionRequest call : reply.toolCalls()) {
            if (cancelled()) {
                return true;
            }
            n++;
            TraceRecorder.Stamp st = log.child(turnId);
            if (!SkillTools.known(call.name())) {
                unknownCalls++;
            }
            Map<String, Object> result = tools.execute(
                    call.name(),
                    call.arguments(),
                    new TracedResourceModel(caller, scope, log, meter, this::cancelled, st.id(), step));
            String callId = call.id() == null || call.id().isBlank() ? "call_" + step + "_" + n : call.id();
            log.add(new ToolCall(
                    st.id(),
                    st.parent(),
                    st.response(),
                    st.item(),
                    st.timestamp(),
                    st.elapsedMs(),
                    step,
                    callId,
                    call.name(),
                    call.arguments(),
                    Boolean.TRUE.equals(result.get("ok")),
                    result));
            messages.add(ToolExecutionResultMessage.from(callId, call.name(), json(result)));
        }
        return unknownCalls >= config.maxUnknownToolCalls();
    }

    private ModelReply call(
            int step, String phase, List<ToolSpecification> offered, ToolChoice choice, Integer maxTokens)
            throws ModelCallException {
        TraceRecorder.Stamp st = log.start();
        lastTurn = st.id();
        List<Map<String, Object>> added = RecordedCall.recorded(messages.subList(sent, messages.size()));
        int count = messages.size();
        sent = count;
        RecordedCall turn = new RecordedCall(
                step,
                phase,
                count,
                added,
                RecordedCall.names(offered),
                choice.name().toLowerCase(Locale.ROOT));
        return turn.run(caller, scope, messages, offered, choice, maxTokens, st, log, meter);
    }

    private void recordFinal(int step, ToolExecutionRequest call, ParsedAnswer parsed) {
        TraceRecorder.Stamp st = log.child(lastTurn);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ok", parsed instanceof ParsedAnswer.Valid);
        result.put("tool", ToolNames.FINAL_ANSWER);
        if (parsed instanceof ParsedAnswer.Valid v) {
            v.score().ifPresent(s -> result.put("score", s));
            v.label().ifPresent(l -> result.put("verdict", l));
        } else if (parsed instanceof ParsedAnswer.Invalid inv) {
            result.put("reason", inv.reason().code());
            result.put("error", inv.detail());
        }
        log.add(new ToolCall(
                st.id(),
                st.parent(),
                st.response(),
                st.item(),
                st.timestamp(),
                st.elapsedMs(),
                step,
                call.id(),
                call.name(),
                call.arguments(),
                parsed instanceof ParsedAnswer.Valid,
                result));
    }

    private JudgeOutcome scored(ParsedAnswer.Valid v, boolean forced) {
        return new JudgeOutcome(
                v.score(),
                v.label(),
                Optional.empty(),
                "",
                v.rationale(),
                v.items(),
                forced,
                meter.snapshot(),
                log.events());
    }

    private JudgeOutcome unscored(UnscoredReason reason, String detail, boolean forced) {
        return new JudgeOutcome(
                Optional.empty(),
                Optional.empty(),
                Optional.of(reason),
                detail,
                "",
                List.of(),
                forced,
                meter.snapshot(),
                log.events());
    }

    private static String json(Map<String, Object> result) {
        try {
            return MAPPER.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            return "{\"ok\":false,\"error\":\"result not serializable\"}";
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 120) + "...";
    }
}
