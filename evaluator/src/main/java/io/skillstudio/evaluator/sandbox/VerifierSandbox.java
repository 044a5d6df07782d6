package io.skillstudio.evaluator.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs a sample's Python verifier code (R2's {@code execute_verifier_code}, skillrm-format.md §5.4–§5.5)
 * out of process, inside the same bubblewrap boundary as {@link PythonSandbox}: one {@code python -I -S}
 * per batch (every code item on every response of one {@code verify_all} call), with upstream's
 * namespace, builtins, import list, callable choice, call attempts and result coercion in
 * {@code verifier_wrapper.py}, and the sandbox's address-space, CPU-seconds and output caps.
 *
 * <p>Deterministic by construction: a verdict comes only from the code's own result. A limit (CPU,
 * memory, output, the wall-clock backstop) ends the batch with a {@link Batch.Failed} that callers
 * report as an error, never as a pass or fail. Without the boundary it answers "unavailable: no
 * isolation" unless the user opted in ({@code --unsafe-python-sandbox-without-isolation}), as python_sandbox.
 */
public final class VerifierSandbox {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String WRAPPER = SandboxProcesses.wrapper("verifier_wrapper.py");
    private static final int MAX_TEXT_CHARS = 400;
    /** Per item and response, the reply holds two short texts: this bounds the whole reply. */
    private static final int BYTES_PER_RESULT = 4 * (2 * MAX_TEXT_CHARS + 64) + 256;

    private final Supplier<Optional<PythonRuntime>> runtime;
    private final SandboxLimits limits;
    private final boolean allowWithoutIsolation;

    /**
     * @param runtime found on first use (detection starts processes; a run whose samples carry no code
     *     never pays for it)
     * @param allowWithoutIsolation the user's explicit, unsafe opt-in to run without the boundary
     */
    public VerifierSandbox(
            Supplier<Optional<PythonRuntime>> runtime, SandboxLimits limits, boolean allowWithoutIsolation) {
        this.runtime = memoize(runtime);
        this.limits = limits;
        this.allowWithoutIsolation = allowWithoutIsolation;
    }

    /** python3 in bubblewrap, detected on first use; without the opt-in, no boundary means unavailable. */
    public static VerifierSandbox detecting(boolean allowWithoutIsolation) {
        return new VerifierSandbox(
                () -> PythonRuntime.detect(Optional.empty(), allowWithoutIsolation),
                SandboxLimits.DEFAULT,
                allowWithoutIsolation);
    }

    /** One code item: its id (for messages), the name upstream matches callables against, the code. */
    public record Item(String id, String verifierName, String code) {}

    /** The outcome of one batch. */
    public sealed interface Batch {
        /** Per response (in order), per item (in order): upstream's fields, {@code satisfied} already coerced. */
        record Done(List<List<Map<String, Object>>> results, List<String> isolation) implements Batch {}

        /** Nothing ran, or the batch hit a limit: no item has a verdict. */
        record Failed(String error, boolean unavailable) implements Batch {}
    }

    /** Runs every item on every response in one sandboxed process; every outcome is a value, never thrown. */
    public Batch run(List<Item> items, String prompt, List<String> responses) {
        Optional<PythonRuntime> rt = runtime.get();
        if (rt.isEmpty()) {
            return new Batch.Failed("verifier code unavailable: python3 is not installed on this machine", true);
        }
        if (!rt.get().boundary() && !allowWithoutIsolation) {
            return new Batch.Failed(
                    "verifier code unavailable: no isolation (bubblewrap is not installed or cannot "
                            + "create namespaces here; --unsafe-python-sandbox-without-isolation runs it anyway)",
                    true);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(
                "items",
                items.stream()
                        .map(i -> Map.of("item_id", i.id(), "verifier_name", i.verifierName(), "code", i.code()))
                        .toList());
        payload.put("prompt", prompt);
        payload.put("responses", responses);
        payload.put("memory_bytes", limits.memoryBytes());
        payload.put("cpu_seconds", Math.max(1, (limits.timeout().toMillis() + 999) / 1000));
        payload.put("max_text_chars", MAX_TEXT_CHARS);
        int cap = Math.max(64 << 10, items.size() * responses.size() * BYTES_PER_RESULT + 1024);
        try {
            return execute(rt.get(), payload, cap, responses.size(), items.size());
        } catch (IOException e) {
            return new Batch.Failed("verifier code could not start: " + e.getMessage(), false);
        }
    }

    private Batch execute(PythonRuntime rt, Map<String, Object> payload, int cap, int responses, int items)
            throws IOException {
        List<String> cmd = new ArrayList<>(rt.isolationPrefix());
        cmd.addAll(List.of(rt.python().toString(), "-I", "-S", "-X", "utf8", "-c", WRAPPER));
        Path cwd = rt.boundary() ? Path.of("/") : Files.createTempDirectory("skillstudio-verifier-");
        String stderr = "";
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile());
            pb.environment().clear();
            Process p = pb.start();
            CompletableFuture<byte[]> out = SandboxProcesses.drain(p.getInputStream(), cap, p);
            CompletableFuture<byte[]> err = SandboxProcesses.drain(p.getErrorStream(), 64 << 10, p);
            try (OutputStream in = p.getOutputStream()) {
                in.write(MAPPER.writeValueAsBytes(payload));
            } catch (IOException e) {
                // The child may die before reading (a limit); its exit status tells.
            }
            boolean finished;
            try {
                finished = p.waitFor(backstop().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                finished = false;
            }
            SandboxProcesses.killTree(p);
            if (!finished) {
                return new Batch.Failed(
                        "verifier code did not finish within the sandbox's time backstop ("
                                + backstop().toSeconds() + " s); no verdict",
                        false);
            }
            byte[] o = out.join();
            stderr = new String(err.join(), StandardCharsets.UTF_8);
            if (o.length > cap) {
                return new Batch.Failed(
                        "verifier code output exceeded " + cap + " bytes; the process was killed", false);
            }
            if (p.exitValue() != 0) {
                return new Batch.Failed(limitMessage(p.exitValue(), stderr), false);
            }
            Map<String, List<List<Map<String, Object>>>> reply =
                    MAPPER.readValue(o, new TypeReference<Map<String, List<List<Map<String, Object>>>>>() {});
            List<List<Map<String, Object>>> results = reply.get("results");
            if (results == null
                    || results.size() != responses
                    || results.stream().anyMatch(r -> r.size() != items)) {
                return new Batch.Failed(malformed(stderr), false);
            }
            return new Batch.Done(results, rt.isolation());
        } catch (JsonProcessingException e) {
            return new Batch.Failed(malformed(stderr), false);
        } finally {
            if (!rt.boundary()) {
                SandboxProcesses.deleteTree(cwd); // a folder left behind costs disk, not correctness
            }
        }
    }

    /** The wall clock only stops a hung process; CPU seconds (RLIMIT_CPU) is the real budget. */
    private Duration backstop() {
        return limits.timeout().multipliedBy(4).plusSeconds(5);
    }

    private static String limitMessage(int exit, String stderr) {
        String tail = stderr.strip();
        tail = tail.length() > 300 ? tail.substring(tail.length() - 300) : tail;
        String why = switch (exit) {
            case 137, -9 -> "killed (memory, CPU or output limit)";
            case 152, -24 -> "CPU time limit reached";
            default -> tail.contains("MemoryError") ? "memory limit reached" : "exited with status " + exit;
        };
        return "verifier code runner " + why + "; no verdict" + (tail.isEmpty() ? "" : ": " + tail);
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }

    /** Says what the runner wrote to stderr, so a malformed reply can be told from a crash in its set-up. */
    private static String malformed(String stderr) {
        String tail = stderr.strip();
        tail = tail.length() > 300 ? "..." + tail.substring(tail.length() - 300) : tail;
        return "verifier code runner gave a malformed reply" + (tail.isEmpty() ? "" : "; stderr: " + tail);
    }
}
