package io.skillstudio.evaluator.routing;

import static io.skillstudio.evaluator.routing.RoutingFixtures.JSON;
import static io.skillstudio.evaluator.routing.RoutingFixtures.MATH;
import static io.skillstudio.evaluator.routing.RoutingFixtures.PAIRS;
import static io.skillstudio.evaluator.routing.RoutingFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoutingReportTest {

    @Test
    void accuracyConfusionAndMisroutesOverLabelledSamplesOnly() {
        Router router = RoutingFixtures.lexicalRouter(MATH, JSON, PAIRS);
        List<RoutingDecision> decisions = List.of(
                router.route(
                        sample("1", "final numeric answer", List.of("4"), Map.of(), "math_answers"), Optional.empty()),
                router.route(
                        sample("2", "valid JSON schema keys", List.of("{}"), Map.of(), "structured_output"),
                        Optional.empty()),
                // labelled math, but its words are all about JSON: misrouted
                router.route(
                        sample("3", "JSON schema required keys", List.of("{}"), Map.of(), "math_answers"),
                        Optional.empty()),
                router.route(sample("4", "no label here", List.of("x"), Map.of(), null), Optional.empty()));

        RoutingReport r = RoutingReport.of(
                List.of("math_answers", "structured_output", "pairwise_judge"), false, decisions, List.of());

        assertThat(r.samples()).isEqualTo(4);
        assertThat(r.labelled()).isEqualTo(3);
        assertThat(r.correct()).isEqualTo(2);
        assertThat(r.accuracy()).isEqualTo(0.6667);
        assertThat(r.confusion())
                .isEqualTo(Map.of(
                        "math_answers", Map.of("math_answers", 1, "structured_output", 1),
                        "structured_output", Map.of("structured_output", 1)));
        assertThat(r.misrouted()).singleElement().satisfies(m -> {
            assertThat(m.sampleId()).isEqualTo("3");
            assertThat(m.chosen()).isEqualTo("structured_output");
            assertThat(m.expectedRank()).isEqualTo(2);
            assertThat(m.gap()).isPositive();
        });
    }

    @Test
    void noLabelsMeansNoAccuracyRatherThanZero() {
        RoutingReport r = RoutingReport.of(
                List.of("math_answers"),
                false,
                List.of(RoutingFixtures.lexicalRouter(MATH)
                        .route(sample("1", "x", List.of("y"), Map.of(), null), Optional.empty())),
                List.of());
        assertThat(r.accuracy()).isNull();
        assertThat(r.confusion()).isEmpty();
    }
}
