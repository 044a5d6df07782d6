package io.skillstudio.evaluator.service;

import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.metrics.SummaryBuilder;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.io.IOException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request: reads samples lazily, keeps at most {@code threads} samples running and a bounded
 * window of finished ones waiting for their turn, hands finished samples to the sink and listener in
 * sample order, and builds the summary as it goes. Memory is bounded by the window, not the sample
 * count. A worker that dies with an {@link Error} ends the run as failed; a cancel stops new samples and
 * interrupts running ones.
 */
final class RunCoordinator {

    private static final Logger LOG = LoggerFactory.getLogger(RunCoordinator.class);
    /** Finished samples that may wait for an earlier, slower one, per thread. */
    private static final int WINDOW_PER_THREAD = 8;

    private final RunRequest request;
    private final RunListener listener;
    private final RunControl control;
    private final SampleEvaluator evaluator;
    private final CompletionService<Indexed> completions;
    private final TreeMap<Long, Evaluation> ready = new TreeMap<>();
    private final SummaryBuilder summary;

    private record Indexed(long index, Evaluation evaluation) {}

    RunCoordinator(RunRequest request, RunListener listener, RunControl control, ExecutorService workers) {
        this.request = request;
        this.listener = listener;
        this.control = control;
        this.evaluator = request.evaluator();
        this.completions = new ExecutorCompletionService<>(workers);
        int concurrency = evaluator.judge().map(j -> j.settings().concurrency()).orElse(1);
        this.summary = new SummaryBuilder(
                evaluator.provenance(), evaluator.settings().mode(), request.rlProjection(), concurrency);
    }

    RunOutcome run() {
        long t0 = System.nanoTime();
        int total = request.samples().expectedSize().orElse(-1);
        listener.started(total);
        long submitted = 0;
        long written = 0;
        int running = 0;
        long notStarted = 0;
        boolean exhausted = false;
        Throwable failure = null;
        int window = request.threads() * WINDOW_PER_THREAD;
        try (SampleSource source = request.samples()) {
            while (true) {
                while (failure == null && !exhausted && running < request.threads() && submitted - written < window) {
                    if (control.isCancelled()) {
                        break;
                    }
                    SampleReader.Stream.Item item = source.next();
                    if (item == null) {
                        exhausted = true;
                    } else if (item.error() != null) {
                        summary.malformed(item.error());
                        listener.notice(new RunNotice(
                                RunNotice.MALFORMED_LINE,
                                item.error().file() + ":" + item.error().line() + ":"
                                        + item.error().column(),
                                item.error().message()));
                    } else {
                        long index = submitted++;
                        Sample sample = item.sample();
                        completions.submit(() -> new Indexed(index, evaluate(sample)));
                        running++;
                    }
                }
                if (running == 0) {
                    break;
                }
                Future<Indexed> f = completions.take();
                running--;
                try {
                    Indexed done = f.get();
                    ready.put(done.index(), done.evaluation());
                    blowFuseIfSpent();
                } catch (ExecutionException e) {
                    // Errors other than a stack overflow (out of memory, linkage) leave the JVM suspect: stop.
                    failure = e.getCause();
                    LOG.error("a worker died; the run is failed", failure);
                    control.cancel();
                }
                while (failure == null && ready.containsKey(written)) {
                    Evaluation ev = ready.remove(written++);
                    request.sink().accept(ev);
                    summary.add(ev.result(), ev.trace());
                    listener.sampleDone(ev, summary.evaluated(), total);
                }
            }
            if (control.isCancelled() && !exhausted) {
                notStarted = countRest(source);
            }
        } catch (IOException e) {
            failure = e;
            control.cancel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.cancel();
            failure = e;
        }
        double wallMs = (System.nanoTime() - t0) / 1e6;
        String status = failure != null
                ? RunSummary.FAILED
                : control.isCancelled() ? RunSummary.CANCELLED : RunSummary.COMPLETED;
        RunOutcome outcome = new RunOutcome(
                summary.build(status, (int) Math.min(Integer.MAX_VALUE, notStarted), wallMs),
                Optional.ofNullable(failure));
        listener.finished(outcome);
        return outcome;
    }

    /**
     * The run-level regex fuse: checked only after a sample has finished, so it decides how far the run
     * gets, never a sample's score. Once blown the run ends like a cancel.
     */
    private void blowFuseIfSpent() {
        if (request.regexBudget().exhausted() && !control.isCancelled()) {
            String message = request.regexBudget().stopMessage();
            LOG.warn("{}", message);
            summary.stopped(message);
            listener.notice(new RunNotice(RunNotice.WARNING, "", message));
            control.cancel();
        }
    }

    /**
     * Counts the samples a cancelled run never started and names the first of them (malformed lines are
     * still counted as such).
     */
    private long countRest(SampleSource source) throws IOException {
        long n = 0;
        SampleReader.Stream.Item item;
        while ((item = source.next()) != null) {
            if (item.error() != null) {
                summary.malformed(item.error());
            } else {
                n++;
                summary.notStarted(item.sample().id());
            }
        }
        return n;
    }

    private Evaluation evaluate(Sample sample) {
        if (!control.enter()) {
            return cancelledBeforeStart(sample);
        }
        try {
            return request.regexBudget()
                    .charge(() ->
                            evaluator.evaluate(sample, control::isCancelled, e -> listener.traceEvent(sample.id(), e)));
        } catch (RuntimeException | StackOverflowError e) {
            // StackOverflowError is recoverable once unwound (deep regex/JSON recursion on one sample);
            // letting it escape would fail the whole run and lose every finished result.
            LOG.debug("sample {} failed", sample.id(), e);
            return internalError(sample, e);
        } finally {
            control.exit();
        }
    }

    private Evaluation internalError(Sample sample, Throwable e) {
        return unscored(sample, UnscoredReason.VERIFIER_ERROR, "internal error: " + e);
    }

    private Evaluation cancelledBeforeStart(Sample sample) {
        return unscored(sample, UnscoredReason.CANCELLED, "the run was cancelled before this sample started");
    }

    private Evaluation unscored(Sample sample, UnscoredReason reason, String detail) {
        return evaluator.unscored(sample.id(), sample.line(), sample.responses().size(), reason, detail);
    }
}
