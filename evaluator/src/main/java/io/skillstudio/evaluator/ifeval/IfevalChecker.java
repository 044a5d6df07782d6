package io.skillstudio.evaluator.ifeval;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.WRITE;

import io.skillstudio.evaluator.ifeval.IfevalEvaluator.PromptResult;
import io.skillstudio.evaluator.python.RegexRunBudget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Drop-in replacement for IFEval's {@code evaluation_main}: joins INPUT_DATA with RESPONSES on the
 * exact prompt, evaluates strict and loose, writes {@code eval_results_strict.jsonl} and
 * {@code eval_results_loose.jsonl} in the official row format, and computes the four accuracies.
 */
public final class IfevalChecker {

    public static final String STRICT_FILE = "eval_results_strict.jsonl";
    public static final String LOOSE_FILE = "eval_results_loose.jsonl";

    private final IfevalEvaluator evaluator;

    public IfevalChecker(IfevalEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Accuracy of one mode: share of prompts with every instruction followed, and of instructions. */
    public record Accuracy(int prompts, int promptsFollowed, int instructions, int instructionsFollowed) {
        public double promptLevel() {
            return prompts == 0 ? 0 : (double) promptsFollowed / prompts;
        }

        public double instructionLevel() {
            return instructions == 0 ? 0 : (double) instructionsFollowed / instructions;
        }
    }

    /**
     * Both accuracies, plus messages for rows that were skipped or could not be fully evaluated.
     *
     * @param stopped why the run stopped early (the run-level regex fuse), with the rows not run listed in
     *     {@code problems}; empty when every row was evaluated
     */
    public record Report(Accuracy strict, Accuracy loose, List<String> problems, Optional<String> stopped) {}

    /**
     * Evaluates every input and writes both files. A prompt whose instruction spends its regex budget
     * is reported (key, instruction) and left out of both files and accuracies; the run goes on. The
     * files are written to fresh, exclusively created temporaries in {@code outDir} and renamed into
     * place, so a crash leaves the old files or the new ones, and a symlink planted under either name is
     * replaced, never written through. Rows are evaluated on all cores (they are independent and the
     * evaluator is thread safe) and written in input order, so the output equals a sequential run's.
     */
    public Report run(List<IfevalInput> inputs, Map<String, String> responsesByPrompt, Path outDir) throws IOException {
        return run(inputs, responsesByPrompt, outDir, RegexRunBudget.ofDefault());
    }

    /**
     * Like {@link #run(List, Map, Path)} under a run-level regex fuse: a row that would start after the
     * fuse is spent is not run (listed in the problems); rows already evaluated are written as usual, with
     * the same results they have in any other run.
     */
    public Report run(List<IfevalInput> inputs, Map<String, String> responsesByPrompt, Path outDir, RegexRunBudget fuse)
            throws IOException {
        Files.createDirectories(outDir);
        List<RowOutcome> outcomes = inputs.parallelStream()
                .map(in -> fuse.exhausted()
                        ? notRun(in)
                        : fuse.charge(() -> evaluate(in, responsesByPrompt.get(in.prompt()))))
                .toList();
        List<String> problems = new ArrayList<>();
        int[] strict = new int[4];
        int[] loose = new int[4];
        Path strictTmp = Files.createTempFile(outDir, "." + STRICT_FILE + ".", ".tmp");
        Path looseTmp = Files.createTempFile(outDir, "." + LOOSE_FILE + ".", ".tmp");
        try {
            try (BufferedWriter ws = Files.newBufferedWriter(strictTmp, StandardCharsets.UTF_8, NOFOLLOW_LINKS, WRITE);
                    BufferedWriter wl =
                            Files.newBufferedWriter(looseTmp, StandardCharsets.UTF_8, NOFOLLOW_LINKS, WRITE)) {
                for (RowOutcome o : outcomes) {
                    problems.addAll(o.problems());
                    if (o.strictLine() != null) {
                        write(ws, o.strictLine(), o.strict(), strict);
                        write(wl, o.looseLine(), o.loose(), loose);
                    }
                }
            }
            publish(strictTmp, outDir.resolve(STRICT_FILE));
            publish(looseTmp, outDir.resolve(LOOSE_FILE));
        } finally {
            Files.deleteIfExists(strictTmp);
            Files.deleteIfExists(looseTmp);
        }
        long notRun = outcomes.stream().filter(RowOutcome::notRun).count();
        Optional<String> stopped = fuse.exhausted() && notRun > 0
                ? Optional.of(fuse.stopMessage() + ": " + notRun + " of " + outcomes.size() + " prompts")
                : Optional.empty();
        return new Report(accuracy(strict), accuracy(loose), problems, stopped);
    }

    /**
     * One input row's outcome: its two result lines (null when the row is left out), the results they
     * count, and the row's problem messages; computed off the writing thread.
     */
    private record RowOutcome(
            String strictLine,
            String looseLine,
            PromptResult strict,
            PromptResult loose,
            List<String> problems,
            boolean notRun) {}

    private static RowOutcome notRun(IfevalInput in) {
        return new RowOutcome(
                null,
                null,
                null,
                null,
                List.of("key " + in.key()
                        + ": not run, the run's regex budget was spent; left out of both files and accuracies"),
                true);
    }

    private RowOutcome evaluate(IfevalInput in, String response) {
        if (response == null) {
            return skipped("key " + in.key() + ": no response with exactly this prompt; skipped");
        }
        PreparedPrompt p = evaluator.prepare(in);
        PromptResult s = evaluator.evaluate(p, response, false);
        PromptResult l = evaluator.evaluate(p, response, true);
        Optional<String> budget = s.budgetExceeded().or(l::budgetExceeded);
        if (budget.isPresent()) {
            return skipped("key " + in.key() + ": " + budget.get() + "; prompt not scored (verifier_budget),"
                    + " left out of both files and accuracies");
        }
        List<String> problems = new ArrayList<>();
        for (String problem : p.problems()) {
            problems.add("key " + in.key() + ": " + problem + " counted as not followed");
        }
        PyJsonWriter head = new PyJsonWriter() // the long fields are escaped once for both files
                .field("instruction_id_list", in.instructionIds())
                .field("prompt", in.prompt())
                .field("response", response);
        return new RowOutcome(line(head, s), line(head, l), s, l, problems, false);
    }

    private static RowOutcome skipped(String problem) {
        return new RowOutcome(null, null, null, null, List.of(problem), false);
    }

    /** Renames over the target: a link planted under the target's name is replaced, not followed. */
    private static void publish(Path tmp, Path target) throws IOException {
        if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // Temp files are owner-only; the official files are ordinary readable results.
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Accuracy accuracy(int[] c) {
        return new Accuracy(c[0], c[1], c[2], c[3]);
    }

    private static String line(PyJsonWriter head, PromptResult r) {
        return head.copy(16 + 8 * r.followed().size())
                .field("follow_all_instructions", r.all())
                .field("follow_instruction_list", r.followed())
                .close();
    }

    private static void write(BufferedWriter w, String line, PromptResult r, int[] counts) throws IOException {
        counts[0]++;
        counts[1] += r.all() ? 1 : 0;
        counts[2] += r.followed().size();
        counts[3] += (int) r.followed().stream().filter(Boolean::booleanValue).count();
        w.write(line);
        w.write('\n');
    }
}
