package io.skillstudio.evaluator.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The process handling both sandboxes share: draining a child's pipes with a cap, killing its whole tree,
 * removing its scratch folder and reading the Python wrapper it runs.
 */
final class SandboxProcesses {

    // Not the common pool: on 2 cores it has one thread, and stdout and stderr must drain together.
    private static final ExecutorService PIPES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sandbox-pipe");
        t.setDaemon(true);
        return t;
    });

    private SandboxProcesses() {}

    /**
     * Reads at most {@code cap + 1} bytes of {@code s} on its own thread. Reading both pipes concurrently keeps
     * a chatty child from blocking on a full pipe; past the cap the process is killed instead of read on (a
     * flood costs at most cap+1 bytes of memory).
     */
    static CompletableFuture<byte[]> drain(InputStream s, int cap, Process p) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (s) {
                        byte[] head = s.readNBytes(cap + 1);
                        if (head.length > cap) {
                            killTree(p);
                        }
                        return head;
                    } catch (IOException e) {
                        return new byte[0];
                    }
                },
                PIPES);
    }

    /** Kills the process and every descendant it left (a double fork in the unsafe mode). */
    static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    /** Removes a scratch folder; false when something could not be removed. */
    static boolean deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            return paths.sorted(Comparator.reverseOrder())
                    .map(f -> f.toFile().delete())
                    .reduce(true, Boolean::logicalAnd);
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** A wrapper script shipped beside these classes. */
    static String wrapper(String name) {
        try (InputStream in = SandboxProcesses.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
