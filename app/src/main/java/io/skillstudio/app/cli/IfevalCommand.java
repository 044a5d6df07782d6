package io.skillstudio.app.cli;

import io.skillstudio.evaluator.ifeval.IfevalChecker;
import io.skillstudio.evaluator.ifeval.IfevalEvaluator;
import io.skillstudio.evaluator.ifeval.IfevalFiles;
import io.skillstudio.evaluator.ifeval.IfevalInput;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.output.OutputFolder;
import io.skillstudio.evaluator.python.RegexRunBudget;
import io.skillstudio.evaluator.text.LanguageDetection;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skillstudio ifeval}: the official IFEval checker's job (evaluation_main) on the JVM. Exit 0
 * when the evaluation ran (malformed lines are reported as file:line and skipped), 2 on usage errors
 * or unreadable input, 5 when {@code --run-regex-budget} stopped it (evaluated rows are written).
 */
@Command(
        name = "ifeval",
        mixinStandardHelpOptions = true,
        description = "Score IFEval responses like the official checker; writes eval_results_{strict,loose}.jsonl.")
public final class IfevalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--input",
            required = true,
            paramLabel = "INPUT_DATA.jsonl",
            description = "IFEval prompts with instruction ids and kwargs")
    Path input;

    @Option(
            names = "--responses",
            required = true,
            paramLabel = "RESPONSES.jsonl",
            description = "rows with 'prompt' and 'response'")
    Path responses;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "directory for the result files")
    Path out;

    @Option(
            names = "--run-regex-budget",
            paramLabel = "READS",
            defaultValue = "" + RegexRunBudget.DEFAULT_LIMIT,
            description =
                    "Character reads all regexes of the run may make together (default: ${DEFAULT-VALUE});"
                            + " when spent, rows not yet started are not run and the exit code is 5. Results never depend on it.")
    long runRegexBudget;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (Path p : new Path[] {input, responses}) {
            if (!Files.isReadable(p) || Files.isDirectory(p)) {
                err.println("error: cannot read " + p);
                return 2;
            }
        }
        if (runRegexBudget < 1) {
            err.println("error: --run-regex-budget must be at least 1");
            return 2;
        }
        // whole-process time matters here (docs/benchmarks.md): the profiles load while the files are read
        LanguageDetection.preloadInBackground();
        try {
            IfevalFiles.Loaded<IfevalInput> in = IfevalFiles.readInputs(input);
            IfevalFiles.Loaded<IfevalFiles.ResponseRow> rs = IfevalFiles.readResponses(responses);
            in.errors().forEach(e -> err.println("warning: " + Sanitize.terminal(e)));
            rs.errors().forEach(e -> err.println("warning: " + Sanitize.terminal(e)));
            Map<String, String> byPrompt = IfevalFiles.byPrompt(rs.rows());
            IfevalChecker.Report report;
            // Written into a locked staging folder and moved into place whole: never through a link, never mixed.
            try (OutputFolder folder =
                    OutputFolder.open(out, Set.of(IfevalChecker.STRICT_FILE, IfevalChecker.LOOSE_FILE))) {
                report = new IfevalChecker(new IfevalEvaluator(VerifierRegistry.standard()))
                        .run(in.rows(), byPrompt, folder.staging(), new RegexRunBudget(runRegexBudget));
                // A run the fuse stopped is not complete: its marker says so, as eval's does.
                folder.publish(
                        report.stopped().isPresent() ? RunSummary.CANCELLED : RunSummary.COMPLETED,
                        report.stopped()
                                .<Map<String, Object>>map(m -> Map.of("reason", m))
                                .orElse(Map.of()));
            }
            report.problems().forEach(e -> err.println("warning: " + Sanitize.terminal(e)));
            print(o, "strict", report.strict());
            print(o, "loose", report.loose());
            o.println("wrote " + out.resolve(IfevalChecker.STRICT_FILE) + " and "
                    + out.resolve(IfevalChecker.LOOSE_FILE));
            o.flush();
            if (report.stopped().isPresent()) {
                err.println("error: stopped: " + report.stopped().get() + " (raise --run-regex-budget to go further)");
                err.flush();
                return 5;
            }
            return 0;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private static void print(PrintWriter o, String mode, IfevalChecker.Accuracy a) {
        o.printf(
                Locale.ROOT,
                "%s prompt-level accuracy: %.4f (%d/%d)%n",
                mode,
                a.promptLevel(),
                a.promptsFollowed(),
                a.prompts());
        o.printf(
                Locale.ROOT,
                "%s instruction-level accuracy: %.4f (%d/%d)%n",
                mode,
                a.instructionLevel(),
                a.instructionsFollowed(),
                a.instructions());
    }
}
