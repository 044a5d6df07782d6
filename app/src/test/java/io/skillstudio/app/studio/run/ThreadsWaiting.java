package io.skillstudio.app.studio.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How long the JVM's threads of one kind (by the start of their Linux task name, e.g. {@code "GC Thread"})
 * sat runnable waiting for a core, from {@code /proc/self/task/<tid>/schedstat}: a running total of
 * their average wait, for {@link PulseWatch}. Threads started later are picked up by listing the tasks
 * again every second; a thread counts from when it is first seen. Zero where there is no such file.
 */
final class ThreadsWaiting {

    private static final long RELIST_NANOS = 1_000_000_000L;

    private final String namePrefix;
    private final Map<Path, Long> last = new HashMap<>();
    private List<Path> threads = List.of();
    private long listedAt = Long.MIN_VALUE / 2;
    private long total;

    ThreadsWaiting(String namePrefix) {
        this.namePrefix = namePrefix;
    }

    /** The average wait of the threads so far, in ns, summed from call to call. */
    long total(long now) {
        if (now - listedAt > RELIST_NANOS) {
            listedAt = now;
            threads = list();
        }
        long sum = 0;
        for (Path t : threads) {
            try {
                long wait = Long.parseLong(Files.readString(t).trim().split("\\s+")[1]);
                Long before = last.put(t, wait);
                sum += before == null ? 0 : wait - before;
            } catch (IOException | RuntimeException e) {
                // a thread that ended: its wait no longer counts
            }
        }
        total += threads.isEmpty() ? 0 : sum / threads.size();
        return total;
    }

    private List<Path> list() {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(t -> {
                        try {
                            return Files.readString(t.resolve("comm")).startsWith(namePrefix);
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .map(t -> t.resolve("schedstat"))
                    .toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
