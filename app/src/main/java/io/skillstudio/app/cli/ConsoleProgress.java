package io.skillstudio.app.cli;

import io.skillstudio.evaluator.metrics.Agreement;
import io.skillstudio.evaluator.metrics.LatencyStats;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.UnjudgedItem;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.service.RunNotice;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The console side of {@code skillstudio eval}: a row per sample as it finishes (the first
 * {@link #MAX_ROWS}; the rest are in results.jsonl), warnings the user must see (malformed lines,
 * misspelled verifier ids with their "did you mean"), then the run summary.
 */
final class ConsoleProgress implements RunListener {

    static final int MAX_ROWS = 200;
    /** Distinct item warnings printed; more are counted in the summary. */
    static final int MAX_ITEM_WARNINGS = 20;

    private final PrintWriter out;
    private final PrintWriter err;
    private final Set<String> itemWarnings = new LinkedHashSet<>();
    private int rows;

    ConsoleProgress(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void started(int total) {
        out.printf(Locale.ROOT, "%-24s %-9s %-22s %s%n", "sample", "status", "result", "expected");
    }

    @Override
    public void notice(RunNotice notice) {
        err.println("warning: " + (notice.where().isEmpty() ? "" : notice.where() + ": ") + notice.message());
    }

    @Override
    public void sampleDone(Evaluation evaluation, int done, int total) {
        SampleResult r = evaluation.result();
        for (UnjudgedItem u : r.unjudged()) {
            // An unknown verifier is a typo the user fixes: say it on the console, with the suggestion.
            if (u.reason() == UnscoredReason.VERIFIER_MISSING
                    && itemWarnings.size() < MAX_ITEM_WARNINGS
                    && itemWarnings.add(u.detail())) {
                err.println("warning: sample " + r.sampleId() + " item " + u.item() + ": " + u.detail());
            }
        }
        if (rows < MAX_ROWS) {
            rows++;
            out.printf(
                    Locale.ROOT,
                    "%-24s %-9s %-22s %s%n",
                    clip(r.sampleId()),
                    r.decision().status().code(),
                    result(r.decision()),
                    r.expected() == null ? "-" : r.expected());
        } else if (rows == MAX_ROWS) {
            rows++;
            out.println("... further samples are in results.jsonl");
        }
        out.flush();
    }

    void printSummary(RunSummary s, Path dir) {
        out.println();
        var p = s.provenance();
        out.printf(
                Locale.ROOT,
                "skill       %s %s (content %s)%n",
                Sanitize.terminal(p.skillName()),
                Sanitize.terminal(p.skillVersion()),
                shortHash(p.contentHash()));
        out.printf(
                Locale.ROOT,
                "mode        %s, checklist %s%n",
                p.mode(),
                p.checklist().isEmpty() ? "-" : Sanitize.terminal(p.checklist()));
        out.printf(Locale.ROOT, "run         %s%n", s.status());
        out.printf(
                Locale.ROOT,
                "samples     %d read, %d malformed lines, %d evaluated, %d not started%n",
                s.samples(),
                s.malformedLines(),
                s.evaluated(),
                s.notStarted());
        out.printf(
                Locale.ROOT,
                "scored      %d, partial %d%s, unscored %d%s%n",
                s.scored(),
                s.partial(),
                byReason(s.partialByReason()),
                s.unscored(),
                byReason(s.unscoredByReason()));
        if (s.skillMismatch() > 0) {
            out.printf(Locale.ROOT, "mismatch    %d samples name another skill (skill_mismatch)%n", s.skillMismatch());
        }
        LatencyStats l = s.latencyMs();
        out.printf(
                Locale.ROOT,
                "latency ms  p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n",
                l.p50(),
                l.p90(),
                l.p99(),
                l.max());
        out.printf(Locale.ROOT, "throughput  %.1f samples/s%n", s.throughputPerSecond());
        out.println("agreement   " + agreement(s.agreement()));
        if (s.positionConsistency() != null) {
            var pc = s.positionConsistency();
            out.printf(
                    Locale.ROOT,
                    "swap        %d of %d pairs gave the same verdict in both orders (%.1f%%)%n",
                    pc.consistent(),
                    pc.pairs(),
                    100 * pc.rate());
        }
        if (s.judgeCost() != null) {
            var c = s.judgeCost().perReward();
            out.printf(
                    Locale.ROOT,
                    "judge       %.2f model calls, %.0f tokens in, %.0f out per reward; model p50 %.1f ms"
                            + " p99 %.1f ms; %d cache hits%n",
                    c.modelCallsPerReward(),
                    c.tokensInPerReward(),
                    c.tokensOutPerReward(),
                    c.modelLatencyP50Ms(),
                    c.modelLatencyP99Ms(),
                    c.cacheHits());
            var rl = s.judgeCost().rlProjection();
            if (rl != null) {
                out.printf(
                        Locale.ROOT,
                        "RL run      %d rewards: %.3g model calls, %.3g tokens in, %.3g out, >= %.1f h at"
                                + " %d in flight%n",
                        rl.rewardCalls(),
                        rl.modelCalls(),
                        rl.tokensIn(),
                        rl.tokensOut(),
                        rl.wallHoursAtP50(),
                        rl.concurrency());
            }
        }
        for (String note : s.notes()) {
            out.println("note        " + note);
        }
        out.println("written     " + dir.resolve("results.jsonl") + ", traces.jsonl, summary.json, complete.json");
        out.flush();
    }

    private static String agreement(Agreement a) {
        String skipped = a.expectedOutOfRange() == null
                ? ""
                : "; " + a.expectedOutOfRange() + " expected values outside [0,1] not compared";
        if (a.compared() == 0) {
            return "no sample with a value has an expected value" + skipped;
        }
        StringBuilder b = new StringBuilder(
                "compared " + a.compared() + (a.comparedPartial() > 0 ? " (" + a.comparedPartial() + " partial)" : ""));
        if (a.accuracy() != null) {
            b.append(String.format(Locale.ROOT, ", accuracy %.4f", a.accuracy()));
        }
        if (a.meanAbsoluteError() != null) {
            b.append(String.format(Locale.ROOT, ", MAE %.4f", a.meanAbsoluteError()));
        }
        b.append(
                a.kendallTauB() != null
                        ? String.format(Locale.ROOT, ", Kendall tau-b %.4f", a.kendallTauB())
                        : a.meanAbsoluteError() != null ? ", Kendall tau-b undefined" : "");
        return b.append(skipped).toString();
    }

    private static String result(Decision d) {
        if (!d.hasValue()) {
            return d.reason().code();
        }
        String value = d.score() != null
                ? String.format(Locale.ROOT, "%.4f", d.score())
                : d.verdict() != null ? d.verdict() : "best " + d.best();
        return d.isScored() ? value : value + " (" + d.reason().code() + ")";
    }

    private static String clip(String raw) {
        String s = Sanitize.terminal(raw); // sample ids come from the samples file: no escape sequences
        return s.length() <= 24 ? s : s.substring(0, 21) + "...";
    }

    private static String shortHash(String h) {
        return h.length() > 19 ? h.substring(0, 19) + "..." : h;
    }

    private static String byReason(Map<String, ?> counts) {
        return counts.isEmpty() ? "" : " " + counts;
    }
}
