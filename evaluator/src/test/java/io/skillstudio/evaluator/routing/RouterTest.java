package io.skillstudio.evaluator.routing;

import static io.skillstudio.evaluator.routing.RoutingFixtures.JSON;
import static io.skillstudio.evaluator.routing.RoutingFixtures.MATH;
import static io.skillstudio.evaluator.routing.RoutingFixtures.PAIRS;
import static io.skillstudio.evaluator.routing.RoutingFixtures.lexicalRouter;
import static io.skillstudio.evaluator.routing.RoutingFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.run.EvalMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    @Test
    void ranksTheSkillWhoseDescriptionSharesTheSamplesWords() {
        Router router = lexicalRouter(MATH, JSON, PAIRS);
        RoutingDecision d = router.route(
                sample("m1", "Solve 12*7 and give the final numeric answer.", List.of("84"), Map.of(), "math_answers"),
                Optional.empty());

        assertThat(d.chosen()).isEqualTo("math_answers");
        assertThat(d.correct()).isTrue();
        assertThat(d.mode()).isEqualTo(EvalMode.POINTWISE);
        assertThat(d.ranking())
                .extracting(SkillScore::skill)
                .containsExactly("math_answers", "structured_output", "pairwise_judge");
        assertThat(d.ranking().get(0).embedding()).as("no embedder loaded").isNull();
        assertThat(d.margin()).isGreaterThan(Router.AMBIGUOUS_MARGIN);
        assertThat(d.ambiguous()).isFalse();
    }

    @Test
    void aSkillThatDoesNotServeTheSamplesModeIsHalvedAndFlaggedWhenItStillWins() {
        Router router = lexicalRouter(PAIRS);
        RoutingDecision d = router.route(
                sample("p1", "Compare the two candidate responses.", List.of("x"), Map.of(), null), Optional.empty());

        assertThat(d.mode()).isEqualTo(EvalMode.POINTWISE);
        assertThat(d.modeMismatch()).isTrue();
        assertThat(d.ranking().get(0).servesMode()).isFalse();
        assertThat(d.ranking().get(0).reasons()).anyMatch(r -> r.startsWith("does not serve pointwise"));
        assertThat(d.correct()).as("no expected skill").isNull();
    }

    @Test
    void twoResponsesArePairwiseAndOnlySkillsServingItCanWin() {
        Router router = lexicalRouter(MATH, PAIRS);
        RoutingDecision d = router.route(
                sample(
                        "j1",
                        "Which answer is right about contract law?",
                        List.of("A says", "B says"),
                        Map.of("data_source", "JudgeBench"),
                        "pairwise_judge"),
                Optional.empty());

        assertThat(d.mode()).isEqualTo(EvalMode.PAIRWISE);
        assertThat(d.chosen()).isEqualTo("pairwise_judge");
        assertThat(d.ranking().get(0).reasons())
                .contains("data_source=JudgeBench matches a declared benchmark", "declares pairwise");
        assertThat(d.modeMismatch()).isFalse();
        // math shares "answer" with the prompt, but a pointwise skill cannot return a pairwise verdict
        assertThat(d.ranking().get(1).skill()).isEqualTo("math_answers");
        assertThat(d.ranking().get(1).servesMode()).isFalse();
        assertThat(d.margin()).as("no contest").isEqualTo(d.ranking().get(0).score());
    }

    @Test
    void nearlyEqualSkillsGiveAnAmbiguousDecision() {
        SkillProfile a = RoutingFixtures.skill("a_skill", "Judge essays for grammar and spelling.", Set.of(), Set.of());
        SkillProfile b = RoutingFixtures.skill("b_skill", "Judge essays for spelling and grammar.", Set.of(), Set.of());
        RoutingDecision d = lexicalRouter(a, b)
                .route(
                        sample("e1", "Check this essay's grammar.", List.of("text"), Map.of(), "b_skill"),
                        Optional.empty());

        assertThat(d.ambiguous()).isTrue();
        assertThat(d.margin()).isLessThan(Router.AMBIGUOUS_MARGIN);
        assertThat(d.ranking())
                .extracting(SkillScore::skill)
                .as("equal scores rank by name, deterministically")
                .containsExactly("a_skill", "b_skill");
        assertThat(d.correct()).isFalse();
    }

    @Test
    void forcedModeOverridesTheResponseCount() {
        RoutingDecision d = lexicalRouter(MATH, PAIRS)
                .route(
                        sample("f", "numeric answer", List.of("1", "2", "3"), Map.of(), null),
                        Optional.of(EvalMode.PAIRWISE));
        assertThat(d.mode()).isEqualTo(EvalMode.PAIRWISE);
    }

    @Test
    void embeddingsJoinTheScoreOnceLoaded() {
        // a fake embedder: the vector is the count of "numeric" and "json" in the text
        TextEmbedder fake = text -> new float[] {count(text, "numeric"), count(text, "json"), 0.01f};
        Router router = new Router(List.of(MATH, JSON), LazyEmbeddings.of(fake));
        RoutingDecision d = router.route(
                sample("x", "Return JSON with the numeric total", List.of("{}"), Map.of(), null), Optional.empty());

        assertThat(router.embeddingsReady()).isTrue();
        assertThat(d.ranking()).allSatisfy(s -> assertThat(s.embedding()).isNotNull());
        assertThat(d.ranking().get(0).reasons()).anyMatch(r -> r.startsWith("description meaning: cosine"));
    }

    private static float count(String text, String word) {
        return text.toLowerCase(Locale.ROOT).split(word, -1).length - 1;
    }
}
