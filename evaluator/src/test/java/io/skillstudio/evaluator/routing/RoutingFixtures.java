package io.skillstudio.evaluator.routing;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.Sample;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Small hand-made skills and samples whose right routing is obvious to a reader. */
final class RoutingFixtures {

    private RoutingFixtures() {}

    static SkillProfile skill(String name, String description, Set<EvalMode> modes, Set<String> benchmarks) {
        return new SkillProfile(name, description, Path.of(name), modes, Set.of(), benchmarks, Map.of());
    }

    static final SkillProfile MATH = skill(
            "math_answers",
            "Grade math answers: extract the final numeric answer and compare it with the reference solution.",
            Set.of(EvalMode.POINTWISE),
            Set.of());
    static final SkillProfile JSON = skill(
            "structured_output",
            "Check structured output: JSON validity, schema conformance, required keys and field formats.",
            Set.of(EvalMode.POINTWISE),
            Set.of());
    static final SkillProfile PAIRS = skill(
            "pairwise_judge",
            "Compare two candidate responses for helpfulness and harmlessness and pick the better one.",
            Set.of(EvalMode.PAIRWISE),
            Set.of("judgebench"));

    /** Embeddings that never arrive: routing stays lexical, as before the model has loaded. */
    static final LazyEmbeddings NONE = new LazyEmbeddings(() -> null, task -> {});

    static Sample sample(
            String id, String prompt, List<String> responses, Map<String, Object> metadata, String expectedSkill) {
        return new Sample(
                id,
                1,
                prompt,
                responses,
                "",
                List.of(),
                metadata,
                Optional.empty(),
                Optional.ofNullable(expectedSkill));
    }

    static Router lexicalRouter(SkillProfile... skills) {
        return new Router(List.of(skills), NONE);
    }
}
