package io.skillstudio.evaluator.versions;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A drift run's samples are read like eval's: the first sample implies the mode, misfits are positioned errors. */
class DriftSamplesTest {

    @TempDir
    Path tmp;

    Path file() throws Exception {
        return Files.writeString(tmp.resolve("mixed.jsonl"), """
                {"id": "p1", "prompt": "q", "responses": ["a", "b"]}
                {"id": "one", "prompt": "q", "response": "a"}
                {"id": "p2", "prompt": "q", "responses": ["c", "d"]}
                """);
    }

    @Test
    void theFirstSampleImpliesTheModeAndASampleThatDoesNotFitIsAPositionedError() throws Exception {
        DriftSamples set = DriftSamples.read(file(), Optional.empty(), SampleSources.DEFAULT_SEED, Optional.empty());

        assertThat(set.mode()).isEqualTo(EvalMode.PAIRWISE);
        assertThat(set.samples()).extracting(Sample::id).containsExactly("p1", "p2");
        assertThat(set.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.message()).contains("sample 'one'", "pairwise needs exactly two 'responses', got 1");
        });
        assertThat(set.settings(0.1, 2, Optional.of("c")).mode()).isEqualTo(EvalMode.PAIRWISE);
    }

    @Test
    void anExplicitModeWins() throws Exception {
        DriftSamples set =
                DriftSamples.read(file(), Optional.empty(), SampleSources.DEFAULT_SEED, Optional.of(EvalMode.LISTWISE));

        assertThat(set.mode()).isEqualTo(EvalMode.LISTWISE);
        assertThat(set.samples()).extracting(Sample::id).containsExactly("p1", "p2");
        assertThat(set.errors()).extracting(SampleError::line).containsExactly(2);
    }
}
