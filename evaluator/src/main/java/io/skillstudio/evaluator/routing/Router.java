package io.skillstudio.evaluator.routing;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.Sample;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ranks skills for a sample from what a model sees when it chooses (name and description), the package's
 * declared labels and the sample's mode. Deterministic for the same inputs and the same embedder state;
 * the report says whether embeddings took part.
 *
 * <p>Score: the mean of the available similarities, each as a fraction of the best skill's for this
 * sample (BM25 always; MiniLM cosine once loaded), plus 0.15 per metadata rule that matches (at most two)
 * and 0.10 when the skill declares the sample's mode (over one that declares no mode). A skill that does
 * not serve the sample's mode cannot produce that mode's output contract, so it ranks below every skill that
 * does, with half its score; when no skill serves the mode, the winner is flagged.
 */
public final class Router {

    /** Below this margin between the first two skills the choice is a coin flip: flagged ambiguous. */
    public static final double AMBIGUOUS_MARGIN = 0.10;

    static final double RULE_BONUS = 0.15;
    static final double DECLARED_MODE_BONUS = 0.10;
    static final int MAX_PROMPT_CHARS = 2_000;

    private final List<SkillProfile> skills;
    private final Bm25Index index;
    private final LazyEmbeddings embeddings;
    private volatile List<float[]> skillVectors;

    public Router(List<SkillProfile> skills, LazyEmbeddings embeddings) {
        this.skills = List.copyOf(skills);
        this.index = new Bm25Index(
                this.skills.stream().map(SkillProfile::advertisedText).toList());
        this.embeddings = embeddings;
    }

    public List<SkillProfile> skills() {
        return skills;
    }

    /** Whether the next ranking will include the embedding score. */
    public boolean embeddingsReady() {
        return embeddings.now().isPresent();
    }

    public RoutingDecision route(Sample sample, Optional<EvalMode> forcedMode) {
        EvalMode mode = RouteRules.modeOf(sample, forcedMode);
        String query = queryText(sample);
        double[] bm25 = index.score(query);
        double bestBm25 = max(bm25);
        double[] cosine = cosines(query);
        double bestCosine = cosine == null ? 0 : max(cosine);

        List<SkillScore> ranking = new ArrayList<>();
        for (int i = 0; i < skills.size(); i++) {
            SkillProfile skill = skills.get(i);
            List<String> reasons = new ArrayList<>();
            double lexical = bestBm25 > 0 ? bm25[i] / bestBm25 : 0;
            double similarity = lexical;
            reasons.add(String.format(
                    Locale.ROOT, "description words: BM25 %.2f (%.0f%% of the best)", bm25[i], lexical * 100));
            Double cos = null;
            if (cosine != null) {
                cos = cosine[i];
                double relative = bestCosine > 0 ? Math.max(0, cosine[i]) / bestCosine : 0;
                similarity = (lexical + relative) / 2;
                reasons.add(String.format(Locale.ROOT, "description meaning: cosine %.3f", cosine[i]));
            }
            List<String> rules = RouteRules.metadataMatches(sample, skill);
            reasons.addAll(rules);
            double score = similarity + RULE_BONUS * Math.min(2, rules.size());
            boolean serves = skill.serves(mode);
            if (!serves) {
                score /= 2;
                reasons.add("does not serve " + mode.code() + " (serves "
                        + skill.modes().stream().map(EvalMode::code).sorted().toList() + ")");
            } else if (!skill.modes().isEmpty()) {
                score += DECLARED_MODE_BONUS;
                reasons.add("declares " + mode.code());
            }
            ranking.add(new SkillScore(
                    skill.name(),
                    round(score),
                    round(lexical),
                    round(bm25[i]),
                    cos == null ? null : round(cos),
                    serves,
                    reasons));
        }
        ranking.sort(Comparator.comparing((SkillScore s) -> !s.servesMode())
                .thenComparing(Comparator.comparingDouble(SkillScore::score).reversed())
                .thenComparing(SkillScore::skill));
        // A runner-up that cannot serve the mode is no contest: the margin is the winner's whole score.
        double margin = ranking.size() < 2
                        || ranking.get(0).servesMode() != ranking.get(1).servesMode()
                ? (ranking.isEmpty() ? 0 : ranking.get(0).score())
                : round(ranking.get(0).score() - ranking.get(1).score());
        boolean ambiguous = ranking.size() > 1 && margin < AMBIGUOUS_MARGIN;
        boolean modeMismatch = !ranking.isEmpty() && !ranking.get(0).servesMode();
        return new RoutingDecision(
                sample.id(),
                sample.line(),
                mode,
                ranking,
                margin,
                ambiguous,
                modeMismatch,
                sample.expectedSkill().orElse(null));
    }

    /** What the model would read of the sample when choosing: the prompt and where the sample comes from. */
    static String queryText(Sample sample) {
        StringBuilder q = new StringBuilder();
        String prompt = sample.prompt();
        q.append(prompt, 0, Math.min(prompt.length(), MAX_PROMPT_CHARS));
        for (String key : RouteRules.SOURCE_KEYS) {
            Object v = sample.metadata().get(key);
            if (v != null) {
                q.append(' ').append(v);
            }
        }
        return q.toString();
    }

    private double[] cosines(String query) {
        Optional<TextEmbedder> embedder = embeddings.now();
        if (embedder.isEmpty()) {
            return null;
        }
        List<float[]> vectors = skillVectors(embedder.get());
        float[] q = embedder.get().embed(query);
        double[] out = new double[skills.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TextEmbedder.cosine(q, vectors.get(i));
        }
        return out;
    }

    private List<float[]> skillVectors(TextEmbedder embedder) {
        List<float[]> v = skillVectors;
        if (v == null) {
            synchronized (this) {
                v = skillVectors;
                if (v == null) {
                    v = skills.stream()
                            .map(s -> embedder.embed(s.advertisedText()))
                            .toList();
                    skillVectors = v;
                }
            }
        }
        return v;
    }

    static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    // Four decimals: reports stay readable and equal inputs compare equal across platforms.
    static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    Bm25Index index() {
        return index;
    }
}
