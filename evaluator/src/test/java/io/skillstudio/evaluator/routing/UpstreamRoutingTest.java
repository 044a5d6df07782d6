package io.skillstudio.evaluator.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.testsupport.SharedData;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Routing over the four upstream Skill-RM packages, read in place from shared/data. */
class UpstreamRoutingTest {

    private static SkillCatalog.Loaded upstream() {
        Path dir = SharedData.require("skillrm-packages");
        return SkillCatalog.load(List.of(dir));
    }

    @Test
    void loadsTheFourPackagesWithTheModesTheyDeclare() {
        SkillCatalog.Loaded loaded = upstream();
        assertThat(loaded.problems()).isEmpty();
        Map<String, SkillProfile> byName = new TreeMap<>();
        loaded.skills().forEach(s -> byName.put(s.name(), s));
        assertThat(byName)
                .containsOnlyKeys(
                        "instruction_following",
                        "instruction_following_pointwise",
                        "reward_judge_fair",
                        "reward_judge_operational");
        assertThat(byName.get("instruction_following_pointwise").modes()).containsExactly(EvalMode.POINTWISE);
        assertThat(byName.get("reward_judge_fair").modes())
                .contains(EvalMode.PAIRWISE, EvalMode.LISTWISE)
                .doesNotContain(EvalMode.POINTWISE);
        assertThat(byName.get("instruction_following").modes())
                .as("no resources.yaml, nothing declared")
                .isEmpty();
        assertThat(byName.get("reward_judge_operational").benchmarks()).contains("judgebench", "rewardbench2");
        assertThat(byName.get("reward_judge_operational").description())
                .as("the folded block scalar, not '>-'")
                .startsWith("Use this Skill-RM reward judge when response judging");
    }

    @Test
    void theTwoInstructionFollowingSkillsCollideAndTheRewardJudgesDoNot() {
        Router router = new Router(upstream().skills(), RoutingFixtures.NONE);
        List<Collision> collisions = Collisions.find(router, Optional.empty());

        assertThat(collisions)
                .extracting(c -> c.skillA() + "~" + c.skillB())
                .containsExactly("instruction_following~instruction_following_pointwise");
        Collision c = collisions.get(0);
        assertThat(c.lexical()).isGreaterThanOrEqualTo(Collisions.LEXICAL_THRESHOLD);
        assertThat(c.sharedWords()).contains("instruction", "following");
        assertThat(c.skillMdA().getFileName()).hasToString("SKILL.md");
    }

    @Test
    void aPointwiseInstructionSampleGoesToThePointwiseSkillNotToAPairwiseJudge() {
        Router router = new Router(upstream().skills(), RoutingFixtures.NONE);
        RoutingDecision d = router.route(
                RoutingFixtures.sample(
                        "if",
                        "Write a poem of at least 300 words; do not use "
                                + "any commas and follow every format requirement and word limit.",
                        List.of("poem"),
                        Map.of(),
                        "instruction_following_pointwise"),
                Optional.empty());

        assertThat(d.chosen()).isEqualTo("instruction_following_pointwise");
        assertThat(d.rankOf("reward_judge_fair").orElseThrow()).isGreaterThan(2);
        assertThat(d.ranking())
                .filteredOn(s -> s.skill().startsWith("reward_judge"))
                .allSatisfy(s -> assertThat(s.servesMode()).isFalse());
    }

    @Test
    void aJudgeBenchPairNamesTheDeclaredBenchmarkAsAReason() {
        Router router = new Router(upstream().skills(), RoutingFixtures.NONE);
        RoutingDecision d = router.route(
                RoutingFixtures.sample(
                        "jb",
                        "Which response answers the law question " + "correctly?",
                        List.of("A", "B"),
                        Map.of("benchmark", "judgebench"),
                        "reward_judge_operational"),
                Optional.empty());

        assertThat(d.mode()).isEqualTo(EvalMode.PAIRWISE);
        assertThat(d.chosen()).startsWith("reward_judge");
        SkillScore operational =
                d.ranking().get(d.rankOf("reward_judge_operational").orElseThrow() - 1);
        assertThat(operational.reasons()).contains("benchmark=judgebench matches a declared benchmark");
        SkillScore fair = d.ranking().get(d.rankOf("reward_judge_fair").orElseThrow() - 1);
        assertThat(fair.reasons()).as("fair declares no benchmark").noneMatch(r -> r.contains("benchmark"));
        assertThat(d.ranking())
                .filteredOn(s -> s.skill().equals("instruction_following_pointwise"))
                .allSatisfy(s -> assertThat(s.servesMode()).isFalse());
    }
}
