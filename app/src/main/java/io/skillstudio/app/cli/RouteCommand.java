package io.skillstudio.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.skillstudio.evaluator.routing.Collisions;
import io.skillstudio.evaluator.routing.LazyEmbeddings;
import io.skillstudio.evaluator.routing.MiniLmEmbedder;
import io.skillstudio.evaluator.routing.ModelChoice;
import io.skillstudio.evaluator.routing.Router;
import io.skillstudio.evaluator.routing.RoutingDecision;
import io.skillstudio.evaluator.routing.RoutingReport;
import io.skillstudio.evaluator.routing.RunChoices;
import io.skillstudio.evaluator.routing.SkillCatalog;
import io.skillstudio.evaluator.routing.TextEmbedder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleSet;
import io.skillstudio.evaluator.sample.SampleSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code skillstudio route}: which skill each sample would get, why, and how close the runner-up came;
 * accuracy and a confusion matrix over samples with {@code expected_skill}; description collisions; and
 * with {@code --from-run} the model's own {@code use_skill} choices beside the static ranking.
 */
@Command(
        name = "route",
        mixinStandardHelpOptions = true,
        description = "Rank skills for each sample and debug routing (docs/cli.md#route).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:routed; every labelled sample got its expected skill",
            "1:routed, but a labelled sample was misrouted or sample lines were malformed",
            "2:usage error or unreadable input"
        })
public final class RouteCommand implements Callable<Integer> {

    /** Output formats; JSON follows docs/cli.md. */
    public enum Format {
        text,
        json
    }

    @Spec
    CommandSpec spec;

    @Option(
            names = "--skills",
            arity = "1..*",
            required = true,
            paramLabel = "DIR_OR_PKG",
            description = "Skill packages (folder or zip) or folders of packages.")
    List<Path> skills;

    @Option(names = "--samples", required = true, paramLabel = "FILE", description = "JSONL sample set.")
    Path samples;

    @Mixin
    SampleFormatOptions sampleFormat = new SampleFormatOptions();

    @Option(
            names = "--mode",
            paramLabel = "M",
            description =
                    "pointwise, pairwise or listwise for every sample " + "(default: from the number of responses).")
    String mode;

    @Option(names = "--format", defaultValue = "text", description = "text or json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(
            names = "--embeddings",
            defaultValue = "true",
            negatable = true,
            fallbackValue = "true",
            description = "Add MiniLM description similarity beside BM25 (in process, offline). Default: on.")
    boolean embeddings;

    @Option(
            names = "--from-run",
            paramLabel = "DIR",
            description = "A run folder (or its traces.jsonl): compare "
                    + "the model's use_skill choices with the expected skills and the static ranking.")
    Path fromRun;

    @Option(
            names = "--top",
            defaultValue = "3",
            description = "Skills listed per sample in text output. Default: ${DEFAULT-VALUE}.")
    int top;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<EvalMode> forced = Optional.empty();
        if (mode != null) {
            forced = EvalMode.parse(mode);
            if (forced.isEmpty()) {
                err.println("error: --mode must be pointwise, pairwise or listwise, got '" + mode + "'");
                return 2;
            }
        }
        SkillCatalog.Loaded catalog = SkillCatalog.load(skills);
        catalog.problems().forEach(p -> err.println("warning: " + p.path() + ": " + p.message()));
        if (catalog.skills().isEmpty()) {
            err.println("error: no skill could be loaded from " + skills);
            return 2;
        }
        SampleSet set;
        try {
            set = SampleSources.read(samples, sampleFormat.format(), sampleFormat.seed());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("error: cannot read " + samples + ": " + e.getMessage());
            return 2;
        }
        set.errors().forEach(e -> err.println("error: " + e));

        ExecutorService loader = Executors.newSingleThreadExecutor();
        try {
            LazyEmbeddings lazy = embeddings ? new LazyEmbeddings(MiniLmEmbedder::new, loader) : LazyEmbeddings.none();
            Optional<TextEmbedder> embedder = embeddings ? lazy.await() : Optional.empty();
            if (embeddings && embedder.isEmpty()) {
                err.println("warning: the embedding model could not be loaded; ranking on BM25 only");
            }
            Router router = new Router(
                    catalog.skills(), embedder.map(LazyEmbeddings::of).orElse(lazy));
            List<RoutingDecision> decisions = new ArrayList<>();
            for (Sample s : set.samples()) {
                decisions.add(router.route(s, forced));
            }
            RoutingReport report = RoutingReport.of(
                    catalog.skills().stream().map(p -> p.name()).toList(),
                    embedder.isPresent(),
                    decisions,
                    Collisions.find(router, embedder));
            List<ModelChoice> choices = List.of();
            if (fromRun != null) {
                try {
                    choices = RunChoices.compare(RunChoices.read(fromRun), decisions);
                } catch (IOException e) {
                    err.println("error: " + e.getMessage());
                    return 2;
                }
            }
            if (format == Format.json) {
                writeJson(out, report, fromRun == null ? null : choices);
            } else {
                RouteText.write(out, report, top, fromRun == null ? null : choices);
            }
            out.flush();
            return report.misrouted().isEmpty() && set.errors().isEmpty() ? 0 : 1;
        } finally {
            loader.shutdownNow();
        }
    }

    private static void writeJson(PrintWriter out, RoutingReport report, List<ModelChoice> choices) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", "skillstudio-route-v1");
        doc.put("report", report);
        if (choices != null) {
            doc.put("modelChoices", choices);
        }
        try {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(doc));
        } catch (IOException e) {
            throw new IllegalStateException("route report not serializable", e);
        }
    }
}
