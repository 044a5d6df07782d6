package io.skillstudio.evaluator.judge.model;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.util.List;

/**
 * Removes the API key's value from everything the server sends back, at the one place replies and
 * errors enter the judge ({@link ModelCaller}), so a server that echoes the Authorization header into
 * an error body or a reply cannot put the key into traces, the cache, logs or results. Only the exact
 * value is found: a server that echoes part of the key, or an encoding of it, is not covered
 * (docs/security.md).
 */
public record SecretRedactor(List<String> secrets) {
    public static final String MARK = "[REDACTED]";
    public static final SecretRedactor NONE = new SecretRedactor(List.of());
    /** Shorter values would redact ordinary words; no real key is this short. */
    private static final int MIN_SECRET_CHARS = 8;

    public SecretRedactor {
        secrets = secrets.stream()
                .filter(s -> s != null && s.length() >= MIN_SECRET_CHARS)
                .toList();
    }

    public String redact(String s) {
        if (s == null) {
            return null;
        }
        String out = s;
        for (String secret : secrets) {
            out = out.replace(secret, MARK);
        }
        return out;
    }

    public ModelReply redact(ModelReply r) {
        if (secrets.isEmpty()) {
            return r;
        }
        List<ToolExecutionRequest> calls = r.toolCalls().stream()
                .map(c -> ToolExecutionRequest.builder()
                        .id(redact(c.id()))
                        .name(redact(c.name()))
                        .arguments(redact(c.arguments()))
                        .build())
                .toList();
        return new ModelReply(redact(r.text()), calls, redact(r.finishReason()), r.tokensIn(), r.tokensOut());
    }

    /**
     * The failure with the key removed from its message and its causes' messages. The chain is rebuilt
     * from text (types and redacted messages), because a library exception's message cannot be edited.
     */
    public Throwable redact(Throwable t) {
        if (t == null || secrets.isEmpty()) {
            return t;
        }
        Throwable cause = redact(t.getCause());
        RuntimeException copy = new RuntimeException(t.getClass().getName() + ": " + redact(t.getMessage()), cause);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }
}
