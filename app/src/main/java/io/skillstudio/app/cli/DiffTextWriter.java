package io.skillstudio.app.cli;

import io.skillstudio.evaluator.versions.DriftReport;
import io.skillstudio.evaluator.versions.DriftSummary;
import io.skillstudio.evaluator.versions.ItemFlip;
import io.skillstudio.evaluator.versions.SampleDrift;
import io.skillstudio.model.versioning.diff.ChangeKind;
import io.skillstudio.model.versioning.diff.DiffSection;
import io.skillstudio.model.versioning.diff.FileDiff;
import io.skillstudio.model.versioning.diff.ItemChange;
import io.skillstudio.model.versioning.diff.PackageDiff;
import java.io.PrintWriter;
import java.util.Locale;

/** The text form of {@code skillstudio diff}: a summary of changes, then unified diffs; or the drift table. */
final class DiffTextWriter {

    private DiffTextWriter() {}

    static void diff(PackageDiff d, PrintWriter out) {
        out.println("diff " + d.from() + " .. " + d.to() + ": " + d.files().size() + " file(s) changed");
        for (FileDiff f : d.files()) {
            out.println("  " + f.kind().name().charAt(0) + " " + f.path() + (f.text() ? "" : " (binary)"));
        }
        if (!d.frontmatter().isEmpty()) {
            out.println("frontmatter:");
            d.frontmatter().forEach(c -> out.println("  " + c.describe()));
        }
        for (DiffSection s : d.sections()) {
            out.println(s.name() + " (" + s.file() + "):");
            for (ItemChange c : s.changes()) {
                out.println("  " + c.kind().name().toLowerCase(Locale.ROOT) + " " + c.id());
                if (c.kind() == ChangeKind.CHANGED) {
                    c.fields().forEach(fc -> out.println("    " + fc.describe()));
                }
            }
        }
        for (FileDiff f : d.files()) {
            f.unified().forEach(out::println);
        }
    }

    static void drift(DriftReport r, PrintWriter out) {
        out.println("drift " + r.from() + " .. " + r.to() + " (" + r.mode() + ")");
        out.printf(Locale.ROOT, "%-16s %-24s %-24s %8s  %s%n", "sample", "before", "after", "shift", "flipped items");
        for (SampleDrift s : r.changed()) {
            StringBuilder flips = new StringBuilder();
            for (ItemFlip f : s.itemFlips()) {
                if (flips.length() > 0) {
                    flips.append(", ");
                }
                flips.append(f.response() > 0 ? "#" + f.response() + " " : "")
                        .append(f.item())
                        .append(' ')
                        .append(f.before())
                        .append("→")
                        .append(f.after());
            }
            out.printf(
                    Locale.ROOT,
                    "%-16s %-24s %-24s %8s  %s%n",
                    s.sampleId(),
                    SampleDrift.show(s.before()),
                    SampleDrift.show(s.after()),
                    s.shift() == null ? "-" : String.format(Locale.ROOT, "%+.3f", s.shift()),
                    (s.verdictFlip() ? "VERDICT FLIP " : "") + flips);
        }
        DriftSummary sum = r.summary();
        out.printf(
                Locale.ROOT,
                "%d of %d sample(s) changed; %d verdict flip(s), %d status change(s), %d item flip(s)%n",
                sum.changed(),
                sum.samples(),
                sum.verdictFlips(),
                sum.statusChanges(),
                sum.itemFlips());
        if (sum.notComparedCount() > 0) {
            // "0 changed" must not read as "compared and equal" when nothing could be compared.
            out.printf(
                    Locale.ROOT,
                    "%d sample(s) unscored in both versions, so not compared %s%n",
                    sum.notComparedCount(),
                    sum.notCompared());
        }
        if (sum.meanShift() != null) {
            out.printf(
                    Locale.ROOT,
                    "mean shift %+.4f, mean |shift| %.4f, largest %+.4f (%s)%n",
                    sum.meanShift(),
                    sum.meanAbsShift(),
                    sum.largestShift(),
                    sum.largestShiftSample());
        }
    }
}
