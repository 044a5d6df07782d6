package io.skillstudio.evaluator.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the python3 executable and the OS boundary it runs in. The boundary is bubblewrap
 * ({@link Bubblewrap}); Debian's {@code /usr/bin/python3} is preferred, because it is a small, known
 * set of files to bind. The interpreter path is resolved once with the inherited environment, because
 * version-manager shims (pyenv) are scripts that need it, while the snippets themselves run with an
 * empty environment.
 *
 * <p>Without bubblewrap there is no boundary: {@link #detect} then returns a runtime whose
 * {@link #boundary()} is false, which python_sandbox refuses unless the user opted in to running
 * without isolation; only in that case the weaker unshare/setpriv layers are tried.
 * {@code isolation} names what the prefix really applies (each candidate is probed by running
 * python through it), so a result can say honestly which layers protected it.
 */
public record PythonRuntime(Path python, List<String> isolationPrefix, List<String> isolation) {

    private static final Logger LOG = LoggerFactory.getLogger(PythonRuntime.class);

    public static final String NET = "network namespace";
    public static final String PID_PROC = "pid+mount namespace with a fresh /proc";
    public static final String UNPRIVILEGED = "uid/gid 65534 (nobody), no supplementary groups";
    /** Every layer of the boundary; a runtime with fewer says what is missing in each result. */
    public static final List<String> FULL = Bubblewrap.ISOLATION;

    private static final List<String> UNSHARE_FULL =
            List.of("unshare", "--net", "--pid", "--fork", "--mount", "--mount-proc");
    private static final List<String> SETPRIV = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");

    /** Strongest first; the first whose probe prints 1 wins. */
    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate(concat(UNSHARE_FULL, SETPRIV), FULL),
            new Candidate(UNSHARE_FULL, List.of(NET, PID_PROC)),
            new Candidate(concat(List.of("unshare", "-n"), SETPRIV), List.of(NET, UNPRIVILEGED)),
            new Candidate(SETPRIV, List.of(UNPRIVILEGED)),
            new Candidate(List.of("unshare", "-n"), List.of(NET)),
            new Candidate(List.of("unshare", "-rn"), List.of(NET)));

    public PythonRuntime {
        isolationPrefix = List.copyOf(isolationPrefix);
        isolation = List.copyOf(isolation);
    }

    /** Backward-compatible form: a non-empty prefix was always network-only isolation. */
    public PythonRuntime(Path python, List<String> isolationPrefix) {
        this(python, isolationPrefix, isolationPrefix.isEmpty() ? List.of() : List.of(NET));
    }

    /** As {@link #detect(Optional, boolean)} without the unsafe opt-in: no bubblewrap, no boundary. */
    public static Optional<PythonRuntime> detect(Optional<String> explicit) {
        return detect(explicit, false);
    }

    /**
     * python3 ({@code explicit}, else {@code /usr/bin/python3}, else from PATH) inside bubblewrap. Empty
     * when there is no runnable python3.
     *
     * @param tryWeakLayers without bubblewrap, probe the weaker unshare/setpriv layers (only worth it
     *     when the user opted in to running without the boundary)
     */
    public static Optional<PythonRuntime> detect(Optional<String> explicit, boolean tryWeakLayers) {
        String cmd = explicit.orElse(Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3");
        Optional<String> exe = run(List.of(cmd, "-c", "import sys; print(sys.executable)"));
        if (exe.isEmpty() || exe.get().isBlank()) {
            LOG.info("python_sandbox unavailable: '{}' not found or not runnable", cmd);
            return Optional.empty();
        }
        Path python = Path.of(exe.get().strip());
        if (!Files.isExecutable(python)) {
            return Optional.empty();
        }
        Optional<Bubblewrap.Command> bwrap = Bubblewrap.find().flatMap(b -> Bubblewrap.command(b, python));
        if (bwrap.isPresent()) {
            List<String> probe = new ArrayList<>(bwrap.get().prefix());
            probe.addAll(List.of(bwrap.get().python().toString(), "-I", "-S", "-c", "print(1)"));
            if (run(probe).filter(s -> s.strip().equals("1")).isPresent()) {
                LOG.info("python_sandbox: {} inside bubblewrap", bwrap.get().python());
                return Optional.of(
                        new PythonRuntime(bwrap.get().python(), bwrap.get().prefix(), FULL));
            }
            LOG.warn("python_sandbox: bubblewrap is installed but refused to run {} here", python);
        }
        if (!tryWeakLayers) {
            LOG.warn("python_sandbox: no isolation (bubblewrap missing or unusable); the tool will answer unavailable");
            return Optional.of(new PythonRuntime(python, List.of(), List.of()));
        }
        for (Candidate c : CANDIDATES) {
            List<String> probe = new ArrayList<>(c.prefix());
            probe.addAll(List.of(python.toString(), "-I", "-S", "-c", "print(1)"));
            if (run(probe).filter(s -> s.strip().equals("1")).isPresent()) {
                LOG.warn("python_sandbox: {} WITHOUT the bubblewrap boundary, only {}", python, c.layers());
                return Optional.of(new PythonRuntime(python, c.prefix(), c.layers()));
            }
        }
        LOG.warn("python_sandbox: {} runs WITHOUT OS isolation (no usable unshare/setpriv)", python);
        return Optional.of(new PythonRuntime(python, List.of(), List.of()));
    }

    /** Whether the snippet runs inside the bubblewrap boundary (the only isolation that counts as one). */
    public boolean boundary() {
        return isolation.containsAll(FULL);
    }

    public boolean networkIsolated() {
        return isolation.contains(NET) || boundary();
    }

    /** Layers of {@link #FULL} this runtime lacks; empty when fully isolated. */
    public List<String> missingIsolation() {
        return FULL.stream().filter(l -> !isolation.contains(l)).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private record Candidate(List<String> prefix, List<String> layers) {}

    static Optional<String> run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
