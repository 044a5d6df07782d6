package io.skillstudio.app.cli;

import io.skillstudio.evaluator.metrics.Agreement;
import io.skillstudio.evaluator.metrics.LatencyStats;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.RunReport;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.score.Decision;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Prints the per-sample table and the run summary of {@code skillstudio eval}. */
final class SummaryTable {

    private SummaryTable() {}

    static void print(PrintWriter out, RunReport report, RunSummary s, Path dir) {
        out.printf(Locale.ROOT, "%-24s %-9s %-22s %s%n", "sample", "status", "result", "expected");
        for (SampleResult r : report.results()) {
            out.printf(Locale.ROOT, "%-24s %-9s %-22s %s%n", clip(r.sampleId()), r.decision().status().code(),
                    result(r.decision()), r.expected() == null ? "-" : r.expected());
        }
        out.println();
        var p = s.provenance();
        out.printf(Locale.ROOT, "skill       %s %s (content %s)%n", Sanitize.terminal(p.skillName()),
                Sanitize.terminal(p.skillVersion()), shortHash(p.contentHash()));
        out.printf(Locale.ROOT, "mode        %s, checklist %s%n", p.mode(), p.checklist().isEmpty() ? "-" : Sanitize.terminal(p.checklist()));
        out.printf(Locale.ROOT, "samples     %d read, %d malformed lines, %d evaluated, %d not started%n",
                s.samples(), s.malformedLines(), s.evaluated(), s.notStarted());
        out.printf(Locale.ROOT, "scored      %d, unscored %d %s%n", s.scored(), s.unscored(),
                s.unscoredByReason().isEmpty() ? "" : s.unscoredByReason().toString());
        LatencyStats l = s.latencyMs();
        out.printf(Locale.ROOT, "latency ms  p50 %.3f  p90 %.3f  p99 %.3f  max %.3f%n", l.p50(), l.p90(), l.p99(), l.max());
        out.printf(Locale.ROOT, "throughput  %.1f samples/s%n", s.throughputPerSecond());
        out.println("agreement   " + agreement(s.agreement()));
        if (s.judgeCost() != null) {
            var c = s.judgeCost().perReward();
            out.printf(Locale.ROOT, "judge       %.2f model calls, %.0f tokens in, %.0f out per reward; model p50 %.1f ms"
                    + " p99 %.1f ms; %d cache hits%n", c.modelCallsPerReward(), c.tokensInPerReward(),
                    c.tokensOutPerReward(), c.modelLatencyP50Ms(), c.modelLatencyP99Ms(), c.cacheHits());
            var rl = s.judgeCost().rlProjection();
            if (rl != null) {
                out.printf(Locale.ROOT, "RL run      %d rewards: %.3g model calls, %.3g tokens in, %.3g out, >= %.1f h at"
                        + " %d in flight%n", rl.rewardCalls(), rl.modelCalls(), rl.tokensIn(), rl.tokensOut(),
                        rl.wallHoursAtP50(), rl.concurrency());
            }
        }
        out.println("written     " + dir.resolve("results.jsonl") + ", traces.jsonl, summary.json");
        out.flush();
    }

    private static String agreement(Agreement a) {
        String skipped = a.expectedOutOfRange() == null ? ""
                : "; " + a.expectedOutOfRange() + " expected values outside [0,1] not compared";
        if (a.compared() == 0) {
            return "no scored sample has an expected value" + skipped;
        }
        StringBuilder b = new StringBuilder("compared " + a.compared());
        if (a.accuracy() != null) {
            b.append(String.format(Locale.ROOT, ", accuracy %.4f", a.accuracy()));
        }
        if (a.meanAbsoluteError() != null) {
            b.append(String.format(Locale.ROOT, ", MAE %.4f", a.meanAbsoluteError()));
        }
        b.append(a.kendallTauB() != null ? String.format(Locale.ROOT, ", Kendall tau-b %.4f", a.kendallTauB())
                : a.meanAbsoluteError() != null ? ", Kendall tau-b undefined" : "");
        return b.append(skipped).toString();
    }

    private static String result(Decision d) {
        if (!d.isScored()) {
            return d.reason().code();
        }
        if (d.score() != null) {
            return String.format(Locale.ROOT, "%.4f", d.score());
        }
        return d.verdict() != null ? d.verdict() : "best " + d.best();
    }

    private static String clip(String raw) {
        String s = Sanitize.terminal(raw); // sample ids come from the samples file: no escape sequences
        return s.length() <= 24 ? s : s.substring(0, 21) + "...";
    }

    private static String shortHash(String h) {
        return h.length() > 19 ? h.substring(0, 19) + "..." : h;
    }
}
