package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.ifeval.IfevalEvaluator.PromptResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    /** Both accuracies, plus messages for rows that were skipped or could not be fully evaluated. */
    public record Report(Accuracy strict, Accuracy loose, List<String> problems) {}

    /**
     * One input row's outcome: its two result lines (null when skipped), the counts they add, and
     * the row's problem messages, all computed off the writing thread.
     */
    private record RowOutcome(String strictLine, String looseLine, PromptResult strict, PromptResult loose,
            List<String> problems) {}

    /**
     * Evaluates every row, on all cores (rows are independent and the evaluator is thread safe), and
     * writes the result files in input order, so the output is the same as a sequential run's.
     */
    public Report run(List<IfevalInput> inputs, Map<String, String> responsesByPrompt, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        List<RowOutcome> outcomes = inputs.parallelStream().map(in -> evaluate(in, responsesByPrompt)).toList();
        List<String> problems = new ArrayList<>();
        int[] strict = new int[4];
        int[] loose = new int[4];
        try (BufferedWriter ws = Files.newBufferedWriter(outDir.resolve(STRICT_FILE), StandardCharsets.UTF_8);
                BufferedWriter wl = Files.newBufferedWriter(outDir.resolve(LOOSE_FILE), StandardCharsets.UTF_8)) {
            for (RowOutcome o : outcomes) {
                problems.addAll(o.problems());
                if (o.strictLine() == null) {
                    continue;
                }
                write(ws, o.strictLine(), o.strict(), strict);
                write(wl, o.looseLine(), o.loose(), loose);
            }
        }
        return new Report(accuracy(strict), accuracy(loose), problems);
    }

    private RowOutcome evaluate(IfevalInput in, Map<String, String> responsesByPrompt) {
        String response = responsesByPrompt.get(in.prompt());
        if (response == null) {
            return new RowOutcome(null, null, null, null,
                    List.of("key " + in.key() + ": no response with exactly this prompt; skipped"));
        }
        PreparedPrompt p = evaluator.prepare(in);
        List<String> problems = new ArrayList<>();
        for (String problem : p.problems()) {
            problems.add("key " + in.key() + ": " + problem + " counted as not followed");
        }
        PromptResult strict = evaluator.evaluate(p, response, false);
        PromptResult loose = evaluator.evaluate(p, response, true);
        PyJsonWriter head = new PyJsonWriter() // the long fields are escaped once for both files
                .field("instruction_id_list", in.instructionIds())
                .field("prompt", in.prompt())
                .field("response", response);
        return new RowOutcome(line(head, strict), line(head, loose), strict, loose, problems);
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
