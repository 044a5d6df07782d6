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
 * Finds the python3 executable and whether {@code unshare -n} can cut the network. The interpreter
 * path is resolved once with the inherited environment, because version-manager shims (pyenv) are
 * scripts that need it, while the snippets themselves run with an empty environment.
 */
public record PythonRuntime(Path python, List<String> isolationPrefix) {

    private static final Logger LOG = LoggerFactory.getLogger(PythonRuntime.class);

    public PythonRuntime {
        isolationPrefix = List.copyOf(isolationPrefix);
    }

    /** python3 from PATH (or {@code explicit}), with network isolation when this machine allows it. */
    public static Optional<PythonRuntime> detect(Optional<String> explicit) {
        String cmd = explicit.orElse("python3");
        Optional<String> exe = run(List.of(cmd, "-c", "import sys; print(sys.executable)"));
        if (exe.isEmpty() || exe.get().isBlank()) {
            LOG.info("python_sandbox unavailable: '{}' not found or not runnable", cmd);
            return Optional.empty();
        }
        Path python = Path.of(exe.get().strip());
        if (!Files.isExecutable(python)) {
            return Optional.empty();
        }
        List<String> prefix = List.of();
        for (List<String> candidate : List.of(List.of("unshare", "-n"), List.of("unshare", "-rn"))) {
            List<String> probe = new ArrayList<>(candidate);
            probe.addAll(List.of(python.toString(), "-I", "-S", "-c", "print(1)"));
            if (run(probe).filter(s -> s.strip().equals("1")).isPresent()) {
                prefix = candidate;
                break;
            }
        }
        LOG.info("python_sandbox: {} network isolation {}", python, prefix.isEmpty() ? "unavailable" : prefix);
        return Optional.of(new PythonRuntime(python, prefix));
    }

    public boolean networkIsolated() {
        return !isolationPrefix.isEmpty();
    }

    private static Optional<String> run(List<String> command) {
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
