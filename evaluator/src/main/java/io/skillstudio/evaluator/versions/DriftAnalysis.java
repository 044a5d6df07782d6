package io.skillstudio.evaluator.versions;

import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvent;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Compares two runs of the same sample set sample by sample: pure, so it is tested without running anything. */
public final class DriftAnalysis {

    /** Score changes at or below this are rounding, not drift. */
    static final double EPS = 1e-9;

    private DriftAnalysis() {}

    public static DriftReport compare(
            String from, VersionRunner.VersionRun before, String to, VersionRunner.VersionRun after, EvalMode mode) {
        Map<String, Integer> afterIndex = new LinkedHashMap<>();
        List<SampleResult> ar = after.results();
        for (int i = 0; i < ar.size(); i++) {
            afterIndex.put(ar.get(i).sampleId(), i);
        }
        Set<String> ids = new LinkedHashSet<>();
        before.results().forEach(r -> ids.add(r.sampleId()));
        ids.addAll(afterIndex.keySet());
        Map<String, Integer> beforeIndex = new LinkedHashMap<>();
        List<SampleResult> br = before.results();
        for (int i = 0; i < br.size(); i++) {
            beforeIndex.put(br.get(i).sampleId(), i);
        }
        List<SampleDrift> rows = new ArrayList<>();
        for (String id : ids) {
            Integer bi = beforeIndex.get(id);
            Integer ai = afterIndex.get(id);
            SampleResult b = bi == null ? null : br.get(bi);
            SampleResult a = ai == null ? null : ar.get(ai);
            List<ItemFlip> flips = flips(
                    bi == null ? null : before.traces().get(bi),
                    ai == null ? null : after.traces().get(ai));
            rows.add(row(id, b, a, mode, flips));
        }
        return new DriftReport(
                from, to, mode.code(), before.provenance(), after.provenance(), summary(rows), rows, before, after);
    }

    private static SampleDrift row(String id, SampleResult b, SampleResult a, EvalMode mode, List<ItemFlip> flips) {
        Decision db = b == null ? null : b.decision();
        Decision da = a == null ? null : a.decision();
        // A partial decision (some items not judged) still carries its score over the judged items: its
        // shift is compared, and a change between scored, partial and unscored counts as a status change.
        boolean bothScored = hasValue(db) && hasValue(da);
        boolean statusChange = db == null || da == null || db.status() != da.status() || db.reason() != da.reason();
        Double shift = null;
        boolean verdictFlip = false;
        if (bothScored) {
            if (mode == EvalMode.POINTWISE) {
                shift = da.score() - db.score();
            } else {
                verdictFlip = !Objects.equals(db.verdict(), da.verdict()) || !Objects.equals(db.best(), da.best());
                shift = largestResponseShift(b.scores(), a.scores());
            }
        }
        return new SampleDrift(id, db, da, shift, verdictFlip, statusChange, flips);
    }

    private static boolean hasValue(Decision d) {
        return d != null && (d.score() != null || d.verdict() != null || d.best() != null);
    }

    private static Double largestResponseShift(List<Score> b, List<Score> a) {
        Double best = null;
        for (int i = 0; i < Math.min(b.size(), a.size()); i++) {
            if (b.get(i).value() != null && a.get(i).value() != null) {
                double d = a.get(i).value() - b.get(i).value();
                if (best == null || Math.abs(d) > Math.abs(best)) {
                    best = d;
                }
            }
        }
        return best;
    }

    /** Item states per response from the traces' aggregation steps; a flip is any differing state. */
    static List<ItemFlip> flips(Trace before, Trace after) {
        Map<String, String> b = itemStates(before);
        Map<String, String> a = itemStates(after);
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        List<ItemFlip> out = new ArrayList<>();
        for (String k : keys) {
            String sb = b.getOrDefault(k, "absent");
            String sa = a.getOrDefault(k, "absent");
            if (!sb.equals(sa)) {
                int tab = k.indexOf('\t');
                out.add(new ItemFlip(Integer.parseInt(k.substring(0, tab)), k.substring(tab + 1), sb, sa));
            }
        }
        return out;
    }

    /** "response\titem" → pass / fail / unscored:reason. */
    private static Map<String, String> itemStates(Trace trace) {
        Map<String, String> out = new LinkedHashMap<>();
        if (trace == null) {
            return out;
        }
        for (TraceEvent e : trace.events()) {
            if (e instanceof TraceEvents.Aggregation agg) {
                for (ItemScore item : agg.breakdown().items()) {
                    out.put(agg.response() + "\t" + item.id(), state(item));
                }
            }
        }
        return out;
    }

    static String state(ItemScore item) {
        if (!item.score().isScored()) {
            return "unscored:" + item.score().reason().code();
        }
        return item.failed() ? "fail" : "pass";
    }

    static DriftSummary summary(List<SampleDrift> rows) {
        int changed = 0;
        int verdictFlips = 0;
        int statusChanges = 0;
        int itemFlips = 0;
        double sum = 0;
        double abs = 0;
        int n = 0;
        Double largest = null;
        String largestId = null;
        Map<String, Integer> notCompared = new TreeMap<>();
        for (SampleDrift r : rows) {
            if (r.before() != null
                    && r.after() != null
                    && !r.before().isScored()
                    && !r.after().isScored()
                    && r.after().reason() != null) {
                notCompared.merge(r.after().reason().code(), 1, Integer::sum);
            }
            changed += r.changed() ? 1 : 0;
            verdictFlips += r.verdictFlip() ? 1 : 0;
            statusChanges += r.statusChange() ? 1 : 0;
            itemFlips += r.itemFlips().size();
            if (r.shift() != null) {
                n++;
                sum += r.shift();
                abs += Math.abs(r.shift());
                if (largest == null || Math.abs(r.shift()) > Math.abs(largest)) {
                    largest = r.shift();
                    largestId = r.sampleId();
                }
            }
        }
        return new DriftSummary(
                rows.size(),
                changed,
                verdictFlips,
                statusChanges,
                itemFlips,
                n == 0 ? null : sum / n,
                n == 0 ? null : abs / n,
                largest,
                largestId,
                notCompared);
    }
}
