package io.skillstudio.evaluator.judge.tools.runtime;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import java.util.Optional;

/**
 * The run's judge model as upstream's model-calling runtime resources use it (skillrm-format.md §3.3):
 * one plain chat call without tools. The agent loop implements it over its {@code ModelCaller}, so the
 * call shares the judge cache, is recorded in the trace as a child of the {@code run_resource} tool
 * call with its tokens and latency, and honours cancel. A failed call is an {@link Answer} with an
 * error, never an exception: upstream returns network errors in the result, not as a raise.
 */
public interface ResourceModel {

    /** No model: upstream's runners answer {@code "no endpoint available"} without calling. */
    ResourceModel NONE = new ResourceModel() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public Answer ask(String resourceId, List<ChatMessage> messages, int maxTokens) {
            return Answer.failed("no endpoint available");
        }
    };

    /** What one call gave: the reply text ({@code ""} when it failed) and the request error, if any. */
    record Answer(String text, Optional<String> error) {
        public Answer {
            text = text == null ? "" : text;
        }

        public static Answer ok(String text) {
            return new Answer(text, Optional.empty());
        }

        public static Answer failed(String error) {
            return new Answer("", Optional.of(error));
        }
    }

    boolean available();

    /**
     * One call for {@code resourceId} (part of the cache key).
     *
     * @param maxTokens the resource's own cap (upstream's per-resource {@code max_tokens})
     */
    Answer ask(String resourceId, List<ChatMessage> messages, int maxTokens);
}
