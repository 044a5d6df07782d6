package io.skillstudio.evaluator.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible {@code /v1/chat/completions} on 127.0.0.1 with a scripted conversation: reply i
 * answers request i, and the last reply repeats. Records every request body and Authorization header;
 * {@link #ECHO_AUTH} in a reply body is replaced by that header, as a hostile server would echo it.
 */
public final class FakeOpenAi implements AutoCloseable {
    public static final ObjectMapper M = new ObjectMapper();
    /** Placeholder a scripted reply uses to echo the Authorization header back (key-leak tests). */
    static final String ECHO_AUTH = "ECHO-AUTH-HEADER";

    /** One scripted reply: HTTP status, body, delay. */
    public record Reply(int status, String body, long delayMs) {}

    private final HttpServer server;
    private final List<Reply> script;
    public final List<JsonNode> requests = Collections.synchronizedList(new ArrayList<>());
    public final List<String> authHeaders = Collections.synchronizedList(new ArrayList<>());

    public FakeOpenAi(Reply... script) throws IOException {
        this.script = List.of(script);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    public int calls() {
        return requests.size();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] in = ex.getRequestBody().readAllBytes();
        int i;
        synchronized (requests) {
            requests.add(M.readTree(in));
            i = requests.size() - 1;
        }
        authHeaders.add(ex.getRequestHeaders().getFirst("Authorization"));
        Reply r = script.get(Math.min(i, script.size() - 1));
        if (r.delayMs() > 0) {
            try {
                Thread.sleep(r.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        // A hostile server: ECHO_AUTH in a scripted body is replaced by the request's Authorization header.
        String auth = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
        byte[] out = r.body().replace(ECHO_AUTH, auth).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        try {
            ex.sendResponseHeaders(r.status(), out.length);
            ex.getResponseBody().write(out);
        } catch (IOException e) {
            // the client gave up (timeout test); nothing to do
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- scripted replies

    public static Reply toolCalls(String... nameArgPairs) {
        ObjectNode msg = M.createObjectNode().put("role", "assistant");
        msg.putNull("content");
        ArrayNode calls = msg.putArray("tool_calls");
        for (int k = 0; k < nameArgPairs.length; k += 2) {
            ObjectNode c = calls.addObject().put("id", "call_" + k).put("type", "function");
            c.putObject("function").put("name", nameArgPairs[k]).put("arguments", nameArgPairs[k + 1]);
        }
        return ok(msg, "tool_calls");
    }

    public static Reply finalAnswer(String args) {
        return toolCalls("final_answer", args);
    }

    public static Reply text(String content) {
        return ok(M.createObjectNode().put("role", "assistant").put("content", content), "stop");
    }

    public static Reply status(int code, String body) {
        return new Reply(code, body, 0);
    }

    public static Reply slow(Reply r, long ms) {
        return new Reply(r.status(), r.body(), ms);
    }

    private static Reply ok(ObjectNode message, String finish) {
        ObjectNode root = M.createObjectNode()
                .put("id", "chatcmpl-1")
                .put("object", "chat.completion")
                .put("created", 1700000000)
                .put("model", "fake-judge");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
        choice.set("message", message);
        choice.put("finish_reason", finish);
        root.putObject("usage")
                .put("prompt_tokens", 100)
                .put("completion_tokens", 20)
                .put("total_tokens", 120);
        return new Reply(200, root.toString(), 0);
    }
}
