package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** run_resource on a declarative checklist runs its verifier items natively and lists the rest. */
class ChecklistResourceTest {

    static final Path PACKAGE = Path.of("../sample-skills/skills/if-checklist-pointwise");

    @Test
    void checklistResourceReturnsVerifiedItemsTheirScoreAndTheItemsLeftToJudge() throws Exception {
        SkillPackage pkg = new PackageLoader().load(PACKAGE).skillPackage().orElseThrow();
        String checklistId = pkg.manifest().orElseThrow().entries().stream()
                .filter(e -> e.type().filter("checklist"::equals).isPresent()).findFirst().orElseThrow().id().orElseThrow();
        String name = pkg.skillDocument().orElseThrow().name().orElseThrow();
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"" + name + "\",\"reason\":\"IF\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"" + checklistId + "\",\"reason\":\"exact checks\"}"),
                finalAnswer("{\"score\":1}"))) {
            JudgeOutcome out = JudgeHarness.judge(server)
                    .judge(pkg, JudgeSample.pointwise("s", "Write about the sea.", "The sea is calm and blue today."));
            ToolCall run = out.events().stream().filter(ToolCall.class::isInstance).map(ToolCall.class::cast)
                    .filter(c -> c.name().equals("run_resource")).findFirst().orElseThrow();
            assertThat(run.ok()).isTrue();
            String result = run.result().get("result").toString();
            assertThat(result).contains("verified_items", "constraint.word_count", "score_of_verified_items",
                    "items_for_you_to_judge", "task_intent");
        }
    }
}
