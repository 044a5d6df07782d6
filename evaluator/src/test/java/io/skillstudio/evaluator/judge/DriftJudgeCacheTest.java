package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.DiskJudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.versions.DriftReport;
import io.skillstudio.evaluator.versions.VersionDrift;
import io.skillstudio.evaluator.versions.VersionRunner;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drift between two identical versions: the judged items of the second run all come from the judge cache. */
class DriftJudgeCacheTest {

    @TempDir
    Path tmp;

    @Test
    void anUnchangedVersionCostsNoModelCalls() throws Exception {
        SkillPackage pkg = new PackageLoader()
                .load(ModelItemsInEvaluationTest.PACKAGE)
                .skillPackage()
                .orElseThrow();
        List<Sample> samples = SampleReader.read(ModelItemsInEvaluationTest.PACKAGE.resolve("evals/samples.jsonl"))
                .samples()
                .subList(0, 3);
        try (FakeOpenAi server =
                new FakeOpenAi(finalAnswer("{\"score\":1,\"items\":[{\"id\":\"task_intent\",\"satisfied\":true}]}"))) {
            Judge judge = JudgeHarness.judge(
                    JudgeHarness.settings(server),
                    new DiskJudgeCache(tmp.resolve("cache")),
                    LoopConfig.DEFAULT,
                    Optional.empty(),
                    Map.of());
            VersionRunner runner =
                    new VersionRunner(EvalSettings.of(EvalMode.POINTWISE).withThreads(1), Optional.of(judge));

            DriftReport report =
                    VersionDrift.compare("v1", pkg, "v1-again", pkg, samples, runner, RunListener.NONE, ignored -> {});

            assertThat(server.calls())
                    .as("first version judged each sample once")
                    .isEqualTo(samples.size());
            assertThat(report.changed()).isEmpty();
            assertThat(report.toRun().results())
                    .allSatisfy(r -> assertThat(r.decision().isScored()).isTrue());
        }
    }
}
