package io.skillstudio.serve.verl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.skillstudio.serve.wire.UnscoredPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Writes verl's {@code compute_score} file: a thin standard-library client of a running reward server
 * ({@code docs/serve.md}, "verl"). verl needs a float for every sample, so the client's unscored policy is a
 * number or {@code error}; {@code skip} has no meaning there.
 */
public final class VerlClientWriter {

    private static final String TEMPLATE = "compute_score.py.template";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VerlClientWriter() {}

    /**
     * The Python source for a server at {@code serverUrl} (its base, e.g. {@code http://127.0.0.1:5000}).
     *
     * @throws IllegalArgumentException for a URL that is not http(s) with a host, or the skip policy
     */
    public static String render(String serverUrl, UnscoredPolicy policy) {
        String base = baseUrl(serverUrl);
        String unscored = switch (policy) {
            case UnscoredPolicy.Skip s ->
                throw new IllegalArgumentException(
                        "verl needs a score for every sample: use --unscored-as error or a number");
            case UnscoredPolicy.Value v -> pyString(Double.toString(v.value()));
            case UnscoredPolicy.Error e -> pyString("error");
        };
        return template().replace("{{SERVER_URL}}", pyString(base)).replace("{{UNSCORED_AS}}", unscored);
    }

    /** Renders and writes atomically (a temporary sibling moved into place). */
    public static void write(Path out, String serverUrl, UnscoredPolicy policy) throws IOException {
        String source = render(serverUrl, policy);
        Path abs = out.toAbsolutePath();
        if (abs.getParent() != null) {
            Files.createDirectories(abs.getParent());
        }
        Path tmp = abs.resolveSibling(abs.getFileName() + ".tmp");
        Files.writeString(tmp, source, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String baseUrl(String serverUrl) {
        URI uri;
        try {
            uri = new URI(serverUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--server is not a URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "--server must be an http(s) URL with a host, e.g. http://127.0.0.1:5000;" + " got '" + serverUrl
                            + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            throw new IllegalArgumentException("--server takes the server's base URL, without query or fragment");
        }
        String s = uri.toString();
        // Accept the endpoint URLs people paste from OpenRLHF settings; the client appends /v1/rewards itself.
        for (String suffix : new String[] {"/get_reward", "/v1/rewards"}) {
            if (s.endsWith(suffix)) {
                s = s.substring(0, s.length() - suffix.length());
            }
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** A JSON string literal is a valid Python string literal: quotes and control characters escaped. */
    private static String pyString(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String template() {
        try (InputStream in = VerlClientWriter.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
