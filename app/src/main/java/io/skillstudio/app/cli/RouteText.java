package io.skillstudio.app.cli;

import io.skillstudio.evaluator.routing.Collision;
import io.skillstudio.evaluator.routing.ModelChoice;
import io.skillstudio.evaluator.routing.RoutingDecision;
import io.skillstudio.evaluator.routing.RoutingReport;
import io.skillstudio.evaluator.routing.SkillScore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/** The console form of a routing report: a block per sample, then accuracy, confusion, misroutes, collisions. */
final class RouteText {

    private RouteText() {}

    static void write(PrintWriter out, RoutingReport r, int top, List<ModelChoice> choices) {
        out.println("skills: " + String.join(", ", r.skills())
                + (r.embeddings() ? "  (scores: BM25 + MiniLM-L6-v2 cosine)" : "  (scores: BM25 only)"));
        for (RoutingDecision d : r.decisions()) {
            out.printf(
                    Locale.ROOT,
                    "%n%s (line %d, %s) -> %s  margin %.3f%s%n",
                    Sanitize.terminal(d.sampleId()),
                    d.line(),
                    d.mode().code(),
                    d.chosen(),
                    d.margin(),
                    flags(d));
            List<SkillScore> ranking = d.ranking();
            for (int i = 0; i < Math.min(top, ranking.size()); i++) {
                SkillScore s = ranking.get(i);
                out.printf(
                        Locale.ROOT,
                        "  %d. %-34s %.3f  %s%n",
                        i + 1,
                        s.skill(),
                        s.score(),
                        String.join("; ", s.reasons()));
            }
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "samples %d, labelled %d, correct %d, accuracy %s, ambiguous %d, mode mismatches %d%n",
                r.samples(),
                r.labelled(),
                r.correct(),
                r.accuracy() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", r.accuracy()),
                r.ambiguous(),
                r.modeMismatches());
        if (!r.confusion().isEmpty()) {
            writeConfusion(out, r.confusion());
        }
        for (RoutingReport.Misrouted m : r.misrouted()) {
            out.printf(
                    Locale.ROOT,
                    "misrouted: %s (line %d) expected %s (rank %d, %.3f below) got %s, margin %.3f%n",
                    Sanitize.terminal(m.sampleId()),
                    m.line(),
                    m.expected(),
                    m.expectedRank(),
                    m.gap(),
                    m.chosen(),
                    m.margin());
        }
        for (Collision c : r.collisions()) {
            out.printf(
                    Locale.ROOT,
                    "collision: %s ~ %s  lexical %.3f%s  shared: %s%n",
                    c.skillA(),
                    c.skillB(),
                    c.lexical(),
                    c.embedding() == null ? "" : String.format(Locale.ROOT, ", embedding %.3f", c.embedding()),
                    String.join(", ", c.sharedWords()));
        }
        if (choices != null) {
            writeChoices(out, choices);
        }
    }

    private static String flags(RoutingDecision d) {
        StringBuilder f = new StringBuilder();
        if (d.ambiguous()) {
            f.append("  AMBIGUOUS");
        }
        if (d.modeMismatch()) {
            f.append("  MODE-MISMATCH");
        }
        if (Boolean.FALSE.equals(d.correct())) {
            f.append("  MISROUTED (expected ").append(d.expectedSkill()).append(')');
        }
        return f.toString();
    }

    private static void writeConfusion(PrintWriter out, Map<String, Map<String, Integer>> confusion) {
        TreeSet<String> columns = new TreeSet<>();
        confusion.values().forEach(row -> columns.addAll(row.keySet()));
        out.println("confusion (rows expected, columns chosen):");
        out.printf(Locale.ROOT, "  %-34s", "");
        columns.forEach(c -> out.printf(Locale.ROOT, " %8s", abbreviate(c)));
        out.println();
        confusion.forEach((expected, row) -> {
            out.printf(Locale.ROOT, "  %-34s", expected);
            columns.forEach(c -> out.printf(Locale.ROOT, " %8d", row.getOrDefault(c, 0)));
            out.println();
        });
    }

    private static void writeChoices(PrintWriter out, List<ModelChoice> choices) {
        long withExpected =
                choices.stream().filter(c -> c.matchesExpected() != null).count();
        long agreeExpected = choices.stream()
                .filter(c -> Boolean.TRUE.equals(c.matchesExpected()))
                .count();
        long withStatic =
                choices.stream().filter(c -> c.matchesStatic() != null).count();
        long agreeStatic = choices.stream()
                .filter(c -> Boolean.TRUE.equals(c.matchesStatic()))
                .count();
        out.printf(
                Locale.ROOT,
                "%nmodel choices (use_skill in the run's traces): %d samples; matches expected %d/%d, "
                        + "matches static ranking %d/%d%n",
                choices.size(),
                agreeExpected,
                withExpected,
                agreeStatic,
                withStatic);
        for (ModelChoice c : choices) {
            if (!Boolean.TRUE.equals(c.matchesExpected()) || !Boolean.TRUE.equals(c.matchesStatic())) {
                out.printf(
                        Locale.ROOT,
                        "  %s: model %s, expected %s, static %s%n",
                        Sanitize.terminal(c.sampleId()),
                        c.chosenByModel() == null ? "(no use_skill)" : c.chosenByModel(),
                        c.expected() == null ? "-" : c.expected(),
                        c.staticChoice() == null ? "-" : c.staticChoice());
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 8 ? s : s.substring(0, 7) + "…";
    }
}
