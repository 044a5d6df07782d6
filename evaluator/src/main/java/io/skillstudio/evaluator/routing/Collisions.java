package io.skillstudio.evaluator.routing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds pairs of skills a router cannot tell apart from their descriptions. A pair collides when the
 * TF-IDF cosine of the descriptions reaches {@link #LEXICAL_THRESHOLD} or, with embeddings, their cosine
 * reaches {@link #EMBEDDING_THRESHOLD}. Calibrated on the four upstream packages: the two
 * instruction-following skills (near-identical descriptions) collide; the two reward judges do not.
 */
public final class Collisions {

    public static final double LEXICAL_THRESHOLD = 0.5;
    public static final double EMBEDDING_THRESHOLD = 0.9;
    static final int SHARED_WORDS = 8;

    private Collisions() {}

    public static List<Collision> find(Router router, Optional<TextEmbedder> embedder) {
        List<SkillProfile> skills = router.skills();
        Bm25Index index = router.index();
        List<Map<String, Double>> weights = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            weights.add(index.weights(i));
        }
        List<float[]> vectors = embedder.map(e ->
                        skills.stream().map(s -> e.embed(s.advertisedText())).toList())
                .orElse(null);
        List<Collision> out = new ArrayList<>();
        for (int a = 0; a < skills.size(); a++) {
            for (int b = a + 1; b < skills.size(); b++) {
                double lexical = cosine(weights.get(a), weights.get(b));
                Double embedding = vectors == null ? null : TextEmbedder.cosine(vectors.get(a), vectors.get(b));
                boolean collides =
                        lexical >= LEXICAL_THRESHOLD || (embedding != null && embedding >= EMBEDDING_THRESHOLD);
                if (collides) {
                    out.add(new Collision(
                            skills.get(a).name(),
                            skills.get(b).name(),
                            Router.round(lexical),
                            embedding == null ? null : Router.round(embedding),
                            shared(weights.get(a), weights.get(b)),
                            skillMd(skills.get(a)),
                            skillMd(skills.get(b))));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Collision::lexical)
                .reversed()
                .thenComparing(Collision::skillA)
                .thenComparing(Collision::skillB));
        return out;
    }

    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
        }
        double na = a.values().stream().mapToDouble(v -> v * v).sum();
        double nb = b.values().stream().mapToDouble(v -> v * v).sum();
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static List<String> shared(Map<String, Double> a, Map<String, Double> b) {
        return a.keySet().stream()
                .filter(b::containsKey)
                .sorted(Comparator.comparingDouble((String t) -> -(a.get(t) * b.get(t)))
                        .thenComparing(t -> t))
                .limit(SHARED_WORDS)
                .toList();
    }

    private static Path skillMd(SkillProfile skill) {
        Path source = skill.source();
        return source != null && Files.isDirectory(source) ? source.resolve("SKILL.md") : source;
    }
}
