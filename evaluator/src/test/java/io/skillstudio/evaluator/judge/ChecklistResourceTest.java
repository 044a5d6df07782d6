package io.skillstudio.evaluator.judge;

import static io.skillstudio.evaluator.judge.FakeOpenAi.finalAnswer;
import static io.skillstudio.evaluator.judge.FakeOpenAi.toolCalls;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.cache.JudgeCache;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.model.JudgeModels;
import io.skillstudio.evaluator.judge.model.ModelCaller;
import io.skillstudio.evaluator.testsupport.FakeVerifiers;
import io.skillstudio.evaluator.trace.ToolCall;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run_resource on a declarative checklist runs its verifier items natively and lists the rest. */
class ChecklistResourceTest {

    static final Path PACKAGE = Path.of("../sample-skills/skills/if-checklist-pointwise");

    @Test
    void checklistResourceReturnsVerifiedItemsTheirScoreAndTheItemsLeftToJudge() throws Exception {
        SkillPackage pkg = new PackageLoader().load(PACKAGE).skillPackage().orElseThrow();
        String checklistId = pkg.manifest().orElseThrow().entries().stream()
                .filter(e -> e.type().filter("checklist"::equals).isPresent())
                .findFirst()
                .orElseThrow()
                .id()
                .orElseThrow();
        String name = pkg.skillDocument().orElseThrow().name().orElseThrow();
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"" + name + "\",\"reason\":\"IF\"}"),
                toolCalls("run_resource", "{\"resource_id\":\"" + checklistId + "\",\"reason\":\"exact checks\"}"),
                finalAnswer("{\"score\":1}"))) {
            JudgeOutcome out = JudgeHarness.judge(server)
                    .judge(pkg, JudgeSample.pointwise("s", "Write about the sea.", "The sea is calm and blue today."));
            ToolCall run = out.events().stream()
                    .filter(ToolCall.class::isInstance)
                    .map(ToolCall.class::cast)
                    .filter(c -> c.name().equals("run_resource"))
                    .findFirst()
                    .orElseThrow();
            assertThat(run.ok()).isTrue();
            String result = run.result().get("result").toString();
            assertThat(result)
                    .contains(
                            "verified_items",
                            "constraint.word_count",
                            "score_of_verified_items",
                            "items_for_you_to_judge",
                            "task_intent");
        }
    }

    @Test
    void failingOrOutOfRangeVerifiersAreUnscoredItemsAndAThrowingResourceIsAnErrorResult(@TempDir Path tmp)
            throws Exception {
        Path root = tmp.resolve("broken");
        Files.createDirectories(root.resolve("rubrics"));
        Files.writeString(root.resolve("SKILL.md"), "---\nname: broken\ndescription: d\n---\nbody\n");
        Files.writeString(root.resolve("resources.yaml"), """
                resources:
                  - id: list.c
                    type: checklist
                    path: rubrics/c.checklist.yaml
                  - id: fake.boom
                    type: verifier
                """);
        Files.writeString(root.resolve("rubrics/c.checklist.yaml"), """
                items:
                  - id: ok
                    verifier: fake.contains
                    params: {text: sea}
                  - id: too_much
                    verifier: fake.value
                    params: {v: 1.5}
                  - id: throws
                    verifier: fake.boom
                """);
        SkillPackage pkg = new PackageLoader().load(root).skillPackage().orElseThrow();
        try (FakeOpenAi server = new FakeOpenAi(
                toolCalls("use_skill", "{\"skill_name\":\"broken\",\"reason\":\"r\"}"),
                toolCalls(
                        "run_resource",
                        "{\"resource_id\":\"list.c\",\"reason\":\"r\"}",
                        "run_resource",
                        "{\"resource_id\":\"fake.boom\",\"reason\":\"r\"}"),
                finalAnswer("{\"score\":1}"))) {
            JudgeSettings s = JudgeHarness.settings(server);
            Judge judge = new Judge(
                    new ModelCaller(JudgeModels.openAi(s, k -> null), s, JudgeCache.NONE),
                    LoopConfig.DEFAULT,
                    FakeVerifiers.registry(),
                    Optional.empty(),
                    Clock.systemUTC());
            JudgeOutcome out = judge.judge(pkg, JudgeSample.pointwise("s", "p", "the sea"));
            List<ToolCall> runs = out.events().stream()
                    .filter(ToolCall.class::isInstance)
                    .map(ToolCall.class::cast)
                    .filter(c -> c.name().equals("run_resource"))
                    .toList();
            assertThat(runs).hasSize(2);
            assertThat(runs.get(0).ok()).isTrue();
            String checklist = runs.get(0).result().get("result").toString();
            assertThat(checklist)
                    .contains(
                            "id=too_much",
                            "id=throws",
                            "unscored=verifier_error",
                            "kaboom",
                            "not a credit in [0,1]",
                            "score_of_verified_items=1.0");
            assertThat(runs.get(1).ok()).isFalse();
            assertThat(runs.get(1).result().get("error").toString()).contains("kaboom");
            assertThat(out.score()).contains(1.0);
        }
    }
}
