package io.skillstudio.evaluator.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
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
 * Upstream's {@code python_sandbox}, always out of process: a fresh {@code python -I -S} per snippet
 * inside the bubblewrap boundary {@link PythonRuntime} found (see {@link Bubblewrap}: namespaces, only
 * the runtime bound read-only, a private tmpfs, no new processes, an empty environment), with an
 * address-space, CPU-time and file-size cap the wrapper sets before any package or model code runs,
 * stdout and stderr read up to a byte cap (the process is killed past it), a wall-clock timeout as a
 * backstop, and the whole process tree killed at the end (the pid namespace dies with its first process).
 * The static validation (§4.2) and the package's preloaded helper script run inside the same boundary;
 * the validation is a first filter only. Every result names the layers that applied.
 *
 * <p>Without the boundary every call answers "unavailable: no isolation", unless the user opted in
 * ({@code --unsafe-python-sandbox-without-isolation}); then each result says what was missing.
 * Without python3 every call answers "unavailable".
 */
public final class PythonSandbox {
    private static final Logger LOG = LoggerFactory.getLogger(PythonSandbox.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String TOOL = "python_sandbox";
    private static final String VALIDATION_MARK = "SKILLSTUDIO_VALIDATION_ERROR: ";
    private static final String WRAPPER = SandboxProcesses.wrapper("sandbox_wrapper.py");

    private final Optional<PythonRuntime> runtime;
    private final SandboxLimits limits;
    private final boolean allowWithoutIsolation;

    /** A sandbox that refuses to run without the bubblewrap boundary. */
    public PythonSandbox(Optional<PythonRuntime> runtime, SandboxLimits limits) {
        this(runtime, limits, false);
    }

    /** @param allowWithoutIsolation the user's explicit, unsafe opt-in to run snippets without the boundary */
    public PythonSandbox(Optional<PythonRuntime> runtime, SandboxLimits limits, boolean allowWithoutIsolation) {
        this.runtime = runtime;
        this.limits = limits;
        this.allowWithoutIsolation = allowWithoutIsolation;
    }

    /** Whether snippets run at all: python3 is present and either isolated or explicitly allowed without. */
    public boolean available() {
        return runtime.filter(rt -> rt.boundary() || allowWithoutIsolation).isPresent();
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
        if (!runtime.get().boundary() && !allowWithoutIsolation) {
            Map<String, Object> r = error(
                    "python_sandbox unavailable: no isolation (bubblewrap is not installed or"
                            + " cannot create namespaces here; --unsafe-python-sandbox-without-isolation runs snippets anyway)");
            r.put("unavailable", true);
            r.put("isolation", List.of());
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
        cmd.addAll(List.of(rt.python().toString(), "-I", "-S", "-X", "utf8", "-c", WRAPPER));
        if (rt.boundary()) {
            // Inside the boundary the working folder is the private tmpfs; the host folder is not even named.
            return runChild(cmd, Path.of("/"), code, variables, helper, rt);
        }
        Path cwd = Files.createTempDirectory("skillstudio-sandbox-");
        try {
            return runChild(cmd, cwd, code, variables, helper, rt);
        } finally {
            deleteQuietly(cwd);
        }
    }

    private Map<String, Object> runChild(
            List<String> cmd, Path cwd, String code, Map<String, Object> variables, String helper, PythonRuntime rt)
            throws IOException {
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
        int cap = readCap();
        CompletableFuture<byte[]> out = SandboxProcesses.drain(p.getInputStream(), cap, p);
        CompletableFuture<byte[]> err = SandboxProcesses.drain(p.getErrorStream(), cap, p);
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
        // a double-forked child in the unsafe mode; inside bwrap the pid namespace is gone already
        SandboxProcesses.killTree(p);
        if (!finished) {
            Map<String, Object> r = error("python_sandbox timed out");
            r.put("timeout", true);
            r.put("timeout_sec", limits.timeout().toMillis() / 1000.0);
            putOutput(r, "stdout", out.getNow(new byte[0]));
            putOutput(r, "stderr", err.getNow(new byte[0]));
            putIsolation(r, rt);
            return r;
        }
        byte[] outBytes = out.join();
        byte[] errBytes = err.join();
        if (outBytes.length > cap || errBytes.length > cap) {
            Map<String, Object> r = error("python_sandbox output exceeded " + cap + " bytes; the process was killed");
            r.put("output_limit", true);
            putOutput(r, "stdout", outBytes);
            putOutput(r, "stderr", errBytes);
            putIsolation(r, rt);
            return r;
        }
        String stderr = new String(errBytes, StandardCharsets.UTF_8);
        if (p.exitValue() == 3 && stderr.startsWith(VALIDATION_MARK)) {
            Map<String, Object> r =
                    error(stderr.substring(VALIDATION_MARK.length()).strip());
            putIsolation(r, rt);
            return r;
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ok", p.exitValue() == 0);
        r.put("tool", TOOL);
        r.put("timeout", false);
        r.put("returncode", p.exitValue());
        putOutput(r, "stdout", outBytes);
        putOutput(r, "stderr", stderr.getBytes(StandardCharsets.UTF_8));
        r.put("error", p.exitValue() == 0 ? null : "python_sandbox returned non-zero");
        putIsolation(r, rt);
        return r;
    }

    /** Never silent: the model, the trace and the report all see which OS layers protected this run. */
    private static void putIsolation(Map<String, Object> r, PythonRuntime rt) {
        r.put("network_isolated", rt.networkIsolated());
        r.put("isolation", rt.isolation());
        if (!rt.boundary()) {
            r.put(
                    "isolation_note",
                    "python_sandbox ran WITHOUT the bubblewrap boundary (unsafe opt-in); missing: "
                            + String.join(", ", rt.missingIsolation()));
        }
    }

    private static void deleteQuietly(Path dir) {
        // The child runs with RLIMIT_FSIZE 0 and as nobody in a root-owned directory, so normally
        // nothing is inside; the walk still removes whatever a weaker setup let it create.
        if (!SandboxProcesses.deleteTree(dir)) {
            LOG.warn("python_sandbox could not delete its temp directory {}", dir);
        }
    }

    private void putOutput(Map<String, Object> r, String name, byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        boolean cut = s.length() > limits.maxOutputChars();
        r.put(name, cut ? s.substring(0, limits.maxOutputChars()) : s);
        r.put(name + "_truncated", cut);
    }

    /** Bytes read from each pipe at most: enough for maxOutputChars of any UTF-8 text, plus one to see overflow. */
    private int readCap() {
        return Math.max(4 * limits.maxOutputChars() + 4, 64 << 10);
    }

    private static Map<String, Object> error(String message) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ok", false);
        r.put("tool", TOOL);
        r.put("error", message);
        return r;
    }
}
