package io.skillstudio.evaluator.judge.bench;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.util.List;

/**
 * A zero-latency in-process model that plays a fixed 4-turn judge session: load the skill, view the
 * rubric and run the verifier, list resources, answer. The turn is chosen by how many tool results the
 * conversation holds, so one instance serves many threads.
 */
public final class ScriptedChatModel implements ChatModel {
    private static final List<List<ToolExecutionRequest>> TURNS = List.of(
            List.of(call("c1", "use_skill", "{\"skill_name\":\"bench-judge\",\"reason\":\"r\"}")),
            List.of(
                    call("c2", "view_resource", "{\"path\":\"rubrics/main.md\",\"reason\":\"r\"}"),
                    call("c3", "run_resource", "{\"resource_id\":\"verifier.words\",\"reason\":\"r\"}")),
            List.of(call("c4", "list_resources", "{}")),
            List.of(call("c5", "final_answer", "{\"score\":0.75,\"reason\":\"ok\"}")));

    @Override
    public ChatResponse doChat(ChatRequest request) {
        int results = 0;
        for (ChatMessage m : request.messages()) {
            if (m instanceof AiMessage a && a.hasToolExecutionRequests()) {
                results++;
            }
        }
        List<ToolExecutionRequest> turn = TURNS.get(Math.min(results, TURNS.size() - 1));
        return ChatResponse.builder()
                .aiMessage(AiMessage.from(turn))
                .tokenUsage(new TokenUsage(100, 20))
                .finishReason(FinishReason.TOOL_EXECUTION)
                .build();
    }

    public static int turns() {
        return TURNS.size();
    }

    private static ToolExecutionRequest call(String id, String name, String args) {
        return ToolExecutionRequest.builder().id(id).name(name).arguments(args).build();
    }
}
