package io.skillstudio.app.studio.run;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;

/**
 * Watches the FX thread's pulses for {@link FxThreadStaysFreeIT}. An {@link AnimationTimer} notes every
 * pulse; for the longest gap between two pulses it keeps how the time was spent, so a failure says whose
 * it is:
 * <ul>
 *   <li>the FX thread's CPU time and the time it sat runnable waiting for a core (Linux
 *       {@code /proc/<pid>/task/<tid>/schedstat}): a gap in which the FX thread waited for a core is the
 *       machine's, one in which it burnt CPU is the studio's;</li>
 *   <li>the garbage collectors' time (stop-the-world pauses hold the FX thread too);</li>
 *   <li>where the FX thread was: a sampler thread takes its stack every few milliseconds while a pulse is
 *       overdue.</li>
 * </ul>
 */
final class PulseWatch {

    /** A pulse is overdue, and the FX thread's stack worth taking, after this long. */
    private static final long OVERDUE_NANOS = 30_000_000L;

    private static final long SAMPLE_EVERY_MILLIS = 5;
    private static final int FRAMES_SHOWN = 12;
    /** Fewer stack samples than this in a gap say too little about where the FX thread was. */
    private static final int TRUSTED_SAMPLES = 3;

    /**
     * One gap between two pulses.
     *
     * @param cpuNanos the FX thread's CPU time in the gap
     * @param waitNanos the time the FX thread was runnable but waited for a core (0 where unknown)
     * @param renderWaitNanos how long the renderer thread and the pulse timer waited for a core in the gap
     *     (the FX thread waits for the renderer to finish the last frame, and for the timer to post a pulse)
     * @param gcMillis the garbage collectors' time in the gap
     * @param gcWaitNanos how long the collector's threads waited for a core in the gap, per thread
     * @param when what the app was doing when the gap ended
     * @param busySamples how many stack samples caught the FX thread neither waiting for its next event nor
     *     for the renderer
     */
    record Gap(
            long nanos,
            long cpuNanos,
            long waitNanos,
            long renderWaitNanos,
            long gcMillis,
            long gcWaitNanos,
            String when,
            Instant endedAt,
            List<String> stacks,
            int busySamples) {
        static final Gap NONE = new Gap(0, 0, 0, 0, 0, 0, "", Instant.EPOCH, List.of(), 0);

        double millis() {
            return nanos / 1e6;
        }

        /**
         * The part of the gap the machine cannot be blamed for: all of it except the time the FX thread and
         * the collector (while it held every thread) sat waiting for a core, and the renderer's and the
         * pulse timer's waiting in the share of the gap the FX thread was free (its stack samples waiting
         * for the next event or for the renderer). The FX thread's work, sleeps, locks and the collections
         * themselves count. A gap with fewer than three stack samples is not blamed on the studio: a pulse
         * held 100 ms gives the sampler (every 5 ms once a pulse is 30 ms late) fourteen chances, so missing
         * them means the sampler, too, was kept off the cores.
         */
        long ownNanos() {
            if (stacks.size() < TRUSTED_SAMPLES) {
                return 0;
            }
            double free = (stacks.size() - busySamples) / (double) stacks.size();
            long machine =
                    waitNanos + Math.min(gcMillis * 1_000_000L, gcWaitNanos) + Math.round(renderWaitNanos * free);
            return Math.max(0, nanos - machine);
        }

        String describe() {
            Map<String, Long> counted =
                    stacks.stream().collect(Collectors.groupingBy(s -> s, LinkedHashMap::new, Collectors.counting()));
            StringBuilder out = new StringBuilder(String.format(
                    Locale.ROOT,
                    "gap of %.1f ms, %.1f ms of it held by the studio (FX thread: %.1f ms on a CPU, %.1f ms waiting"
                            + " for one; renderer and pulse timer waiting %.1f ms; GC %d ms, its threads waiting %.1f ms each),"
                            + " ended when %s at %s; %d stack sample(s), %d of them busy",
                    millis(),
                    ownNanos() / 1e6,
                    cpuNanos / 1e6,
                    waitNanos / 1e6,
                    renderWaitNanos / 1e6,
                    gcMillis,
                    gcWaitNanos / 1e6,
                    when,
                    endedAt,
                    stacks.size(),
                    busySamples));
            counted.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(6)
                    .forEach(e -> out.append("\n  ")
                            .append(e.getValue())
                            .append("x at\n")
                            .append(e.getKey()));
            return out.toString();
        }
    }

    private final Supplier<String> when;
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final Object lock = new Object();
    private volatile Thread fx;
    private volatile boolean sampling;
    private Optional<Path> schedstat = Optional.empty();
    private long lastPulse;
    private long[] lastSched = {0, 0};
    private long lastGc;
    private long lastGcWait;
    private long lastRenderWait;
    private final ThreadsWaiting gcThreads = new ThreadsWaiting("GC Thread");
    // The renderer (the FX thread waits for the last frame before the next pulse) and the pulse timer
    // (Monocle's here; it posts each pulse to the FX thread): names as Linux shows them, at most 15 characters.
    private final ThreadsWaiting renderer = new ThreadsWaiting("QuantumRendere");
    private final ThreadsWaiting pulseTimer = new ThreadsWaiting("Monocle Timer");
    private long pulses;
    private Gap longest = Gap.NONE;
    private Gap busiest = Gap.NONE;
    private Gap worstOwn = Gap.NONE;
    private List<String> current = new ArrayList<>();
    private int currentBusy;

    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long ignored) {
            pulse();
        }
    };

    /** @param when describes the app's state when a gap ends (read on the FX thread) */
    PulseWatch(Supplier<String> when) {
        this.when = when;
    }

    /** On the FX thread: starts watching. */
    void start() {
        fx = Thread.currentThread();
        schedstat = fxThreadSchedstat();
        synchronized (lock) {
            lastPulse = 0;
        }
        timer.start();
        sampling = true;
        Thread.ofPlatform().daemon().name("pulse-watch").start(this::sample);
    }

    /** On the FX thread: stops watching. */
    void stop() {
        timer.stop();
        sampling = false;
    }

    /** Forgets the gaps seen so far (the idle window is over, the run begins). */
    void reset() {
        synchronized (lock) {
            longest = Gap.NONE;
            busiest = Gap.NONE;
            worstOwn = Gap.NONE;
            current = new ArrayList<>();
            currentBusy = 0;
        }
    }

    /** Whether the FX thread's waiting for a core is measured (Linux); without it nothing is blamed on the machine. */
    boolean knowsWaiting() {
        return schedstat.isPresent();
    }

    /** The longest gap between two pulses. */
    Gap longest() {
        synchronized (lock) {
            return longest;
        }
    }

    /** The gap in which the FX thread used the most CPU: the studio's own cost, whatever the machine's load. */
    Gap busiest() {
        synchronized (lock) {
            return busiest;
        }
    }

    /** The gap with the most time the machine cannot be blamed for ({@link Gap#ownNanos()}). */
    Gap worstOwn() {
        synchronized (lock) {
            return worstOwn;
        }
    }

    long pulses() {
        synchronized (lock) {
            return pulses;
        }
    }

    private void pulse() {
        long now = System.nanoTime();
        long[] sched = sched();
        // pauses only: ZGC's "Cycles" collectors count the concurrent work, which holds no thread
        long gc = collectors.stream()
                .filter(c -> !c.getName().contains("Cycles"))
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .filter(t -> t > 0)
                .sum();
        long gcWait = gcThreads.total(now);
        long renderWait = renderer.total(now) + pulseTimer.total(now);
        String state = when.get();
        synchronized (lock) {
            pulses++;
            if (lastPulse != 0) {
                Gap gap = new Gap(
                        now - lastPulse,
                        sched[0] - lastSched[0],
                        sched[1] - lastSched[1],
                        renderWait - lastRenderWait,
                        gc - lastGc,
                        gcWait - lastGcWait,
                        state,
                        Instant.now(),
                        List.copyOf(current),
                        currentBusy);
                longest = gap.nanos() > longest.nanos() ? gap : longest;
                busiest = gap.cpuNanos() > busiest.cpuNanos() ? gap : busiest;
                worstOwn = gap.ownNanos() > worstOwn.ownNanos() ? gap : worstOwn;
            }
            current = new ArrayList<>();
            currentBusy = 0;
            lastPulse = now;
            lastSched = sched;
            lastGc = gc;
            lastGcWait = gcWait;
            lastRenderWait = renderWait;
        }
    }

    // CPU time and run-queue wait of the FX thread, in ns; without schedstat the CPU time from the JVM.
    private long[] sched() {
        if (schedstat.isPresent()) {
            try {
                String[] f = Files.readString(schedstat.get()).trim().split("\\s+");
                return new long[] {Long.parseLong(f[0]), Long.parseLong(f[1])};
            } catch (IOException | RuntimeException e) {
                schedstat = Optional.empty();
            }
        }
        return new long[] {ManagementFactory.getThreadMXBean().getThreadCpuTime(fx.threadId()), 0};
    }

    // On the FX thread: /proc/thread-self names the calling thread's task; its id keeps naming it later.
    private static Optional<Path> fxThreadSchedstat() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            Path file = Path.of("/proc/self/task", stat.substring(0, stat.indexOf(' ')), "schedstat");
            Files.readString(file);
            return Optional.of(file);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private void sample() {
        while (sampling) {
            try {
                Thread.sleep(SAMPLE_EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            boolean overdue;
            synchronized (lock) {
                overdue = lastPulse != 0 && System.nanoTime() - lastPulse > OVERDUE_NANOS;
            }
            if (overdue) {
                StackTraceElement[] frames = fx.getStackTrace();
                String stack = format(frames);
                synchronized (lock) {
                    current.add(stack);
                    currentBusy += busy(frames) ? 1 : 0;
                }
            }
        }
    }

    // Free: waiting for the next event (Monocle's queue, GTK's loop) or for the renderer to finish a frame.
    private static boolean busy(StackTraceElement[] frames) {
        for (StackTraceElement f : frames) {
            String at = f.getClassName() + "." + f.getMethodName();
            if (at.endsWith("RunnableQueue.getNextRunnable")
                    || at.endsWith("GtkApplication._runLoop")
                    || at.endsWith("PaintCollector.waitForRenderingToComplete")) {
                return false;
            }
        }
        return frames.length > 0;
    }

    // The innermost frames, then the studio's own frames below them (the code that asked for the work).
    private static String format(StackTraceElement[] frames) {
        StringBuilder out = new StringBuilder();
        int studio = 0;
        for (int i = 0; i < frames.length; i++) {
            boolean own = frames[i].getClassName().startsWith("io.skillstudio.");
            if (i < FRAMES_SHOWN || (own && studio < 6)) {
                out.append("    ").append(frames[i]).append('\n');
                studio += own && i >= FRAMES_SHOWN ? 1 : 0;
            }
        }
        return out.toString();
    }
}
