package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSet;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModeResolverTest {
    static SampleSet set(String... lines) throws Exception {
        return SampleReader.read("s.jsonl", new StringReader(String.join("\n", lines)));
    }

    @Test
    void theModeFollowsTheFirstSampleAndMisfitsArePositionedErrors() throws Exception {
        SampleSet s = set("{\"id\":\"a\",\"responses\":[\"x\",\"y\"]}", "{\"id\":\"b\",\"response\":\"x\"}",
                "{\"id\":\"c\",\"responses\":[\"x\",\"y\"]}");
        ModeResolver.Resolved r = ModeResolver.resolve(s, Optional.empty());
        assertThat(r.mode()).isEqualTo(EvalMode.PAIRWISE);
        assertThat(r.inferred()).isTrue();
        assertThat(r.samples()).extracting(x -> x.id()).containsExactly("a", "c");
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.toString()).startsWith("s.jsonl:2:1: sample 'b': pairwise needs exactly two");
            assertThat(e.message()).contains("first sample implies");
        });
    }

    @Test
    void anExplicitModeIsCheckedAgainstEverySample() throws Exception {
        SampleSet s = set("{\"id\":\"a\",\"responses\":[\"x\",\"y\",\"z\"]}", "{\"id\":\"b\",\"responses\":[\"x\",\"y\"]}",
                "{\"id\":\"c\",\"response\":\"x\"}");
        ModeResolver.Resolved r = ModeResolver.resolve(s, Optional.of(EvalMode.LISTWISE));
        assertThat(r.samples()).extracting(x -> x.id()).containsExactly("a", "b");
        assertThat(r.errors()).extracting(SampleError::line).containsExactly(3);
        assertThat(r.errors().get(0).message()).contains("--mode listwise");
        assertThat(ModeResolver.resolve(s, Optional.of(EvalMode.POINTWISE)).errors()).hasSize(2);
    }

    @Test
    void responsesImplyTheMode() {
        assertThat(ModeResolver.implied(1)).contains(EvalMode.POINTWISE);
        assertThat(ModeResolver.implied(2)).contains(EvalMode.PAIRWISE);
        assertThat(ModeResolver.implied(4)).contains(EvalMode.LISTWISE);
        assertThat(ModeResolver.implied(0)).isEmpty();
    }
}
