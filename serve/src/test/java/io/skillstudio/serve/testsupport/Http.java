package io.skillstudio.serve.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A small JSON client for tests, on the JDK's HttpClient. */
public final class Http {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** A response: status, headers and the body as text (and as JSON when it is JSON). */
    public record Reply(int status, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + raw.body(), e);
            }
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private Http() {}

    public static Reply post(String url, String body) {
        return post(url, body.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply post(String url, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    public static Reply postJson(String url, Object body) {
        try {
            return post(url, MAPPER.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reply get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    private static Reply send(HttpRequest req) {
        try {
            HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
