package io.skillstudio.app.studio.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.UnscoredReason;
import io.skillstudio.evaluator.testsupport.SharedData;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The studio's run window goes through the evaluator's gate as eval does: an R2/R3-only package runs, with its warning. */
class ServiceRunGatewayGateTest {

    @Test
    void aPackageWithoutResourcesYamlRunsWholeWithTheRuntimeProfileWarning() throws Exception {
        Path dir = SharedData.require("skillrm-packages/instruction_following");
        SkillPackage pkg = new PackageLoader().load(dir).skillPackage().orElseThrow();
        Sample s = new Sample(
                "i1",
                1,
                "Say hi in lowercase.",
                List.of("hi"),
                "",
                List.of(),
                Map.of(),
                Optional.empty(),
                Optional.empty());
        RunRequest request = new RunRequest(
                pkg,
                dir,
                Optional.empty(),
                List.of(s),
                RunChoices.DEFAULT.withMode(EvalMode.POINTWISE),
                1,
                Optional.empty());

        RunOutcome out = new ServiceRunGateway(Optional.empty(), k -> null)
                .run(request, Optional.empty(), RunListener.NONE, new RunCancel());

        assertThat(out.warnings()).anySatisfy(w -> assertThat(w).contains("SKL020", "loads in R2/R3 only, not in R1"));
        // No judge configured: judged whole, so the sample is unscored judge_unavailable, not refused.
        assertThat(out.evaluations())
                .singleElement()
                .satisfies(e -> assertThat(e.result().decision().reason()).isEqualTo(UnscoredReason.JUDGE_UNAVAILABLE));
    }
}
