package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.checklist.ChecklistProblem;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.judge.Judges;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.model.JudgeModels;
import io.skillstudio.evaluator.metrics.JudgeCost;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.run.BatchRunner;
import io.skillstudio.evaluator.run.CancelToken;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.ProgressListener;
import io.skillstudio.evaluator.run.RunReport;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs through the evaluator's batch runner, as {@code skillstudio eval} does: the same subject, judge,
 * summary and judge cost, so a studio run and a command-line run of the same inputs agree.
 */
public final class BatchRunGateway implements RunGateway {

    private final Optional<Path> judgeCache;
    private final Function<String, String> env;

    /**
     * @param judgeCache the model judge's disk cache folder, or empty to bypass it
     * @param env where the judge's API key variable is looked up
     */
    public BatchRunGateway(Optional<Path> judgeCache, Function<String, String> env) {
        this.judgeCache = judgeCache;
        this.env = env;
    }

    @Override
    public RunOutcome run(RunRequest request, RunListener listener, CancelToken cancel) {
        List<String> warnings = new ArrayList<>();
        EvalSubject subject = EvalSubject.of(request.pkg(), request.settings().checklistId());
        for (ChecklistProblem p : subject.checklistProblems()) {
            warnings.add(subject.checklist().file() + p.at().map(s -> ":" + s.line()).orElse("") + ": " + p.message());
        }
        Optional<Judge> judge = Optional.empty();
        if (request.judge().isPresent()) {
            try {
                judge = Optional.of(Judges.create(request.judge().get(), LoopConfig.DEFAULT, judgeCache, env));
            } catch (JudgeModels.MissingApiKeyException e) {
                // Offline first: without a key the model items are judge_unavailable, and the run says why.
                warnings.add(e.getMessage() + "; judge: model items are judge_unavailable");
            }
        }
        SampleEvaluator evaluator = new SampleEvaluator(subject, request.settings(), VerifierRegistry.standard(),
                Clock.systemUTC(), judge);
        RunReport report = new BatchRunner(evaluator).run(request.samples(), new ProgressListener() {
            @Override
            public void sampleDone(SampleResult result, int done, int total) {
                listener.sampleDone(result, done, total);
            }
        }, cancel);
        RunSummary summary = RunSummary.of(evaluator.provenance(), request.settings().mode(), report,
                request.malformed());
        Optional<JudgeCost> cost = JudgeCost.of(report, Optional.empty(), request.settings().threads());
        if (cost.isPresent()) {
            summary = summary.withJudgeCost(cost.get());
        }
        return new RunOutcome(report, summary, warnings);
    }
}
