package io.skillstudio.evaluator.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upstream's {@code python_sandbox}, always out of process: a fresh {@code python -I -S} per snippet with
 * an empty environment, a fresh empty temp directory as cwd, a wall-clock timeout, an address-space and
 * CPU cap set by the wrapper, and the OS isolation {@link PythonRuntime} found (network, pid + mount
 * namespaces with a fresh /proc, uid nobody). The static validation (§4.2) is only a stopgap: Python
 * cannot be sandboxed from inside, so the OS layers are what keep a snippet from the JVM's environment
 * and files. Every result names the layers that applied and, when some are missing, says so.
 * Without python3 every call answers "unavailable".
 */
public final class PythonSandbox {
    private static final Logger LOG = LoggerFactory.getLogger(PythonSandbox.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOOL = "python_sandbox";
    private static final String VALIDATION_MARK = "SKILLSTUDIO_VALIDATION_ERROR: ";
    private static final String WRAPPER = loadWrapper();
    // Not the common pool: on 2 cores it has one thread, and stdout and stderr must drain together.
    private static final java.util.concurrent.ExecutorService PIPES = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "python-sandbox-pipe");
        t.setDaemon(true);
        return t;
    });

    private final Optional<PythonRuntime> runtime;
    private final SandboxLimits limits;

    public PythonSandbox(Optional<PythonRuntime> runtime, SandboxLimits limits) {
        this.runtime = runtime;
        this.limits = limits;
    }

    public boolean available() {
        return runtime.isPresent();
    }

    public Optional<PythonRuntime> runtime() {
        return runtime;
    }

    /** Runs a snippet; every outcome, including rejection and timeout, is a result map (never thrown). */
    public Map<String, Object> run(String code, Map<String, Object> variables, String helperSource) {
        if (runtime.isEmpty()) {
            Map<String, Object> r = error("python_sandbox unavailable: python3 is not installed on this machine");
            r.put("unavailable", true);
            return r;
        }
        if (code == null || code.isBlank()) {
            return error("empty code");
        }
        if (code.length() > limits.maxCodeChars()) {
            return error("code exceeds python_sandbox_max_code_chars (" + limits.maxCodeChars() + ")");
        }
        if (code.contains("__")) {
            return error("dunder names are not allowed in python_sandbox code");
        }
        try {
            return execute(code, variables, helperSource);
        } catch (IOException e) {
            return error("python_sandbox could not start: " + e.getMessage());
        }
    }

    private Map<String, Object> execute(String code, Map<String, Object> variables, String helper) throws IOException {
        PythonRuntime rt = runtime.get();
        List<String> cmd = new ArrayList<>(rt.isolationPrefix());
        cmd.addAll(List.of(rt.python().toString(), "-I", "-S", "-c", WRAPPER));
        Path cwd = Files.createTempDirectory("skillstudio-sandbox-");
        try {
            return runChild(cmd, cwd, code, variables, helper, rt);
        } finally {
            deleteQuietly(cwd);
        }
    }

    private Map<String, Object> runChild(List<String> cmd, Path cwd, String code, Map<String, Object> variables,
            String helper, PythonRuntime rt) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
        pb.environment().clear();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("code", code);
        payload.put("variables", variables);
        payload.put("helper_source", helper);
        payload.put("memory_bytes", limits.memoryBytes());
        payload.put("cpu_seconds", Math.max(1, (limits.timeout().toMillis() + 999) / 1000));
        // No wall time in the result: it is shown to the model, so it would change every later prompt
        // and miss the judge cache on reruns. The trace's tool_call event keeps the duration.
        Process p = pb.start();
        CompletableFuture<byte[]> out = drain(p.getInputStream());
        CompletableFuture<byte[]> err = drain(p.getErrorStream());
        try (OutputStream in = p.getOutputStream()) {
            in.write(MAPPER.writeValueAsBytes(payload));
        } catch (IOException e) {
            // The child may exit before reading stdin (e.g. killed by a limit); its exit status tells the story.
        }
        boolean finished;
        try {
            finished = p.waitFor(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Map<String, Object> r = error("python_sandbox timed out");
            r.put("timeout", true);
            r.put("timeout_sec", limits.timeout().toMillis() / 1000.0);
            putOutput(r, "stdout", out.getNow(new byte[0]));
            putOutput(r, "stderr", err.getNow(new byte[0]));
            putIsolation(r, rt);
            return r;
        }
        String stderr = new String(err.join(), StandardCharsets.UTF_8);
        if (p.exitValue() == 3 && stderr.startsWith(VALIDATION_MARK)) {
            Map<String, Object> r = error(stderr.substring(VALIDATION_MARK.length()).strip());
            putIsolation(r, rt);
            return r;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ok", p.exitValue() == 0);
        r.put("tool", TOOL);
        r.put("timeout", false);
        r.put("returncode", p.exitValue());
        putOutput(r, "stdout", out.join());
        putOutput(r, "stderr", stderr.getBytes(StandardCharsets.UTF_8));
        r.put("error", p.exitValue() == 0 ? null : "python_sandbox returned non-zero");
        putIsolation(r, rt);
        return r;
    }

    /** Never silent: the model, the trace and the report all see which OS layers protected this run. */
    private static void putIsolation(Map<String, Object> r, PythonRuntime rt) {
        r.put("network_isolated", rt.networkIsolated());
        r.put("isolation", rt.isolation());
        List<String> missing = rt.missingIsolation();
        if (!missing.isEmpty()) {
            r.put("isolation_note", "python_sandbox ran without: " + String.join(", ", missing)
                    + " (unshare/setpriv unavailable or refused on this machine)");
        }
    }

    private static void deleteQuietly(Path dir) {
        // The child runs with RLIMIT_FSIZE 0 and as nobody in a root-owned directory, so normally
        // nothing is inside; a walk still removes whatever a weaker setup let it create.
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("python_sandbox could not delete its temp directory {}: {}", dir, e.toString());
        }
    }

    private void putOutput(Map<String, Object> r, String name, byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        boolean cut = s.length() > limits.maxOutputChars();
        r.put(name, cut ? s.substring(0, limits.maxOutputChars()) : s);
        r.put(name + "_truncated", cut);
    }

    private static CompletableFuture<byte[]> drain(InputStream s) {
        // Reading both pipes concurrently keeps a chatty child from blocking on a full pipe.
        return CompletableFuture.supplyAsync(() -> {
            try (s) {
                byte[] head = s.readNBytes(1 << 20);
                s.transferTo(OutputStream.nullOutputStream()); // keep draining past the cap
                return head;
            } catch (IOException e) {
                return new byte[0];
            }
        }, PIPES);
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ok", false);
        r.put("tool", TOOL);
        r.put("error", message);
        return r;
    }

    private static String loadWrapper() {
        try (InputStream in = PythonSandbox.class.getResourceAsStream("sandbox_wrapper.py")) {
            if (in == null) {
                throw new IllegalStateException("sandbox_wrapper.py missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
