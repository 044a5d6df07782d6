package io.skillstudio.serve.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs python3 scripts in tests: finds an interpreter (with a module, when one is needed) and captures stdout. */
public final class Python {

    private static final List<String> CANDIDATES = List.of("python3", "/usr/bin/python3");

    private Python() {}

    /** The first interpreter that can import {@code module}, if any. */
    public static Optional<String> withModule(String module) {
        for (String exe : CANDIDATES) {
            try {
                Process p = new ProcessBuilder(exe, "-c", "import " + module)
                        .redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return Optional.of(exe);
                }
            } catch (IOException e) {
                // not installed here; try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Runs the command; fails with its stderr unless it exits 0. Returns stdout's lines. */
    public static List<String> run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + new String(err, StandardCharsets.UTF_8));
        }
        return new ArrayList<>(new String(out, StandardCharsets.UTF_8).lines().toList());
    }
}
