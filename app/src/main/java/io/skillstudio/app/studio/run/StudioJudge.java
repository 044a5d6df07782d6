package io.skillstudio.app.studio.run;

import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.judge.Judges;
import io.skillstudio.evaluator.judge.loop.LoopConfig;
import io.skillstudio.evaluator.judge.model.JudgeModels;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The studio's model judge: the saved Settings › Model judge, the judge cache in the studio's home and
 * the environment its API key is read from. Runs and "Compare runs of two versions" build their judge
 * here, so both call the same model with the same cache (an unchanged version costs no model calls).
 *
 * @param settings the saved settings, read on the FX thread; empty while they are incomplete
 * @param cache the judge cache folder, or empty to bypass it
 */
public record StudioJudge(
        Supplier<Optional<JudgeSettings>> settings, Optional<Path> cache, Function<String, String> env) {

    /** The judge cache folder of a studio home. */
    public static Path cacheIn(Path home) {
        return home.resolve("judge-cache");
    }

    /** A studio without a model judge (tests, and windows that never judge). */
    public static StudioJudge none() {
        return new StudioJudge(Optional::empty, Optional.empty(), k -> null);
    }

    /** What a run with the judge would use, for tool tips and status lines. */
    public static String describe(Optional<JudgeSettings> s) {
        return s.map(j -> j.model() + " at " + j.baseUrl())
                .orElse("not configured (Settings › Model judge); judge: model items stay judge_unavailable");
    }

    /** The judge of these settings with this cache and environment; see {@link #create(Optional, Optional, Function, Consumer)}. */
    public Optional<Judge> create(Optional<JudgeSettings> chosen, Consumer<String> warnings) {
        return create(chosen, cache, env, warnings);
    }

    /**
     * Builds the judge. Offline first: when the key variable is named but unset there is no judge, the
     * reason goes to {@code warnings}, and the {@code judge: model} items stay unjudged.
     */
    public static Optional<Judge> create(
            Optional<JudgeSettings> chosen,
            Optional<Path> cache,
            Function<String, String> env,
            Consumer<String> warnings) {
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Judges.create(chosen.get(), LoopConfig.DEFAULT, cache, env));
        } catch (JudgeModels.MissingApiKeyException e) {
            warnings.accept(e.getMessage() + "; judge: model items are judge_unavailable");
            return Optional.empty();
        }
    }
}
