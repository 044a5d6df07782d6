package io.skillstudio.evaluator.judge.model;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import io.skillstudio.evaluator.judge.JudgeSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds LangChain4j chat models from {@link JudgeSettings}. Any OpenAI-compatible endpoint works,
 * including Ollama's {@code /v1}. LangChain4j's own retries are off: {@link ModelCaller} retries, so
 * it can classify each failure, back off and record every attempt.
 */
public final class JudgeModels {

    /** The environment variable named by the settings is unset or blank. */
    public static final class MissingApiKeyException extends RuntimeException {
        public MissingApiKeyException(String variable) {
            super("environment variable " + variable + " (the judge API key) is not set");
        }
    }

    private JudgeModels() {}

    /**
     * The model for these settings, and (when {@code enable_thinking} is set) a twin without the
     * {@code chat_template_kwargs} field: servers that reject the field get one retry without it, as
     * upstream does.
     */
    public static Backend openAi(JudgeSettings s, Function<String, String> env) {
        String key = apiKey(s, env);
        ChatModel primary = build(s, key, true);
        Optional<ChatModel> fallback =
                s.enableThinking().isPresent() ? Optional.of(build(s, key, false)) : Optional.empty();
        return new Backend(primary, fallback, new SecretRedactor(s.apiKeyEnv().isPresent() ? List.of(key) : List.of()));
    }

    static String apiKey(JudgeSettings s, Function<String, String> env) {
        if (s.apiKeyEnv().isEmpty()) {
            // Local servers (Ollama, vLLM, llama.cpp) ignore the key, but the client requires one.
            return "no-key";
        }
        String v = env.apply(s.apiKeyEnv().get());
        if (v == null || v.isBlank()) {
            throw new MissingApiKeyException(s.apiKeyEnv().get());
        }
        return v;
    }

    private static ChatModel build(JudgeSettings s, String key, boolean withThinking) {
        OpenAiChatModel.OpenAiChatModelBuilder b = OpenAiChatModel.builder()
                .baseUrl(s.baseUrl())
                .apiKey(key)
                .modelName(s.model())
                .temperature(s.temperature())
                .maxTokens(s.maxTokens())
                .timeout(s.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        if (withThinking && s.enableThinking().isPresent()) {
            b.customParameters(Map.of(
                    "chat_template_kwargs",
                    Map.of("enable_thinking", s.enableThinking().get())));
        }
        return b.build();
    }

    /**
     * A model, its optional twin without the thinking field, and the redactor for the key it sends.
     */
    public record Backend(ChatModel primary, Optional<ChatModel> withoutThinking, SecretRedactor redactor) {
        public Backend(ChatModel primary, Optional<ChatModel> withoutThinking) {
            this(primary, withoutThinking, SecretRedactor.NONE);
        }

        public static Backend of(ChatModel model) {
            return new Backend(model, Optional.empty());
        }
    }
}
