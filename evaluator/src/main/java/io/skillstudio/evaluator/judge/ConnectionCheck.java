package io.skillstudio.evaluator.judge;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.model.JudgeModels;
import io.skillstudio.evaluator.judge.model.ModelCallException;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Test connection": one tiny request offering one tool, never cached. Reports whether the endpoint
 * answers and whether it does tool calling, which the judge loop needs.
 */
public final class ConnectionCheck {
    private ConnectionCheck() {}

    /** What the check found; {@code reason} is set when the endpoint did not answer. */
    public record Result(
            boolean reachable,
            boolean toolCalling,
            Optional<UnscoredReason> reason,
            String message,
            double latencyMs,
            long tokensIn,
            long tokensOut) {}

    public static Result run(JudgeSettings settings, Function<String, String> env) {
        JudgeModels.Backend backend;
        try {
            backend = JudgeModels.openAi(settings, env);
        } catch (JudgeModels.MissingApiKeyException e) {
            return new Result(false, false, Optional.of(UnscoredReason.JUDGE_UNAVAILABLE), e.getMessage(), 0, 0, 0);
        }
        ModelCaller caller = new ModelCaller(backend, settings, JudgeCache.NONE);
        ToolSpecification ping = ToolSpecification.builder()
                .name("final_answer")
                .description("Report that the connection works.")
                .parameters(JsonObjectSchema.builder()
                        .addStringProperty("status")
                        .required("status")
                        .build())
                .build();
        try {
            ModelCaller.Result r = caller.call(
                    Map.of("check", "connection"),
                    List.of(UserMessage.from("Connection test: call final_answer with status \"ok\".")),
                    List.of(ping),
                    ToolChoice.REQUIRED,
                    64);
            boolean tools = r.reply().toolCalls().stream().anyMatch(c -> "final_answer".equals(c.name()));
            return new Result(
                    true,
                    tools,
                    Optional.empty(),
                    tools ? "ok" : "reachable, but no tool call came back",
                    r.latencyMs(),
                    r.reply().tokensIn(),
                    r.reply().tokensOut());
        } catch (ModelCallException e) {
            return new Result(false, false, Optional.of(e.reason()), e.getMessage(), e.latencyMs(), 0, 0);
        }
    }
}
