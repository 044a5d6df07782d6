package io.skillstudio.evaluator.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.ModeResolver;
import io.skillstudio.evaluator.sample.SampleError;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.sample.SampleSet;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModeCheckedSourceTest {
    static SampleSet set(String... lines) throws Exception {
        return SampleReader.read("s.jsonl", new StringReader(String.join("\n", lines)));
    }

    record Drained(List<String> ids, List<SampleError> errors) {}

    static Drained drain(SampleSource s) throws Exception {
        List<String> ids = new ArrayList<>();
        List<SampleError> errors = new ArrayList<>();
        SampleReader.Stream.Item item;
        while ((item = s.next()) != null) {
            if (item.sample() != null) {
                ids.add(item.sample().id());
            } else {
                errors.add(item.error());
            }
        }
        return new Drained(ids, errors);
    }

    @Test
    void theModeFollowsTheFirstSampleAndMisfitsArePositionedErrors() throws Exception {
        SampleSet s = set(
                "{\"id\":\"a\",\"responses\":[\"x\",\"y\"]}",
                "{\"id\":\"b\",\"response\":\"x\"}",
                "{\"id\":\"c\",\"responses\":[\"x\",\"y\"]}");
        ModeCheckedSource src = ModeCheckedSource.of(SampleSource.of(s), "s.jsonl", Optional.empty());
        assertThat(src.mode()).isEqualTo(EvalMode.PAIRWISE);
        Drained d = drain(src);
        assertThat(d.ids()).containsExactly("a", "c");
        assertThat(d.errors()).singleElement().satisfies(e -> {
            assertThat(e.toString()).startsWith("s.jsonl:2:1: sample 'b': pairwise needs exactly two");
            assertThat(e.message()).contains("first sample implies");
        });
    }

    @Test
    void malformedLinesBeforeTheFirstSampleAreKeptAndTheModeStillFollowsIt() throws Exception {
        SampleSet s = set(
                "{oops",
                "{\"id\":\"a\",\"responses\":[\"x\",\"y\",\"z\"]}",
                "{\"id\":\"b\",\"responses\":[\"x\",\"y\"]}");
        ModeCheckedSource src = ModeCheckedSource.of(SampleSource.of(s), "s.jsonl", Optional.empty());
        assertThat(src.mode()).isEqualTo(EvalMode.LISTWISE);
        Drained d = drain(src);
        assertThat(d.ids()).containsExactly("a", "b");
        assertThat(d.errors()).extracting(SampleError::line).containsExactly(1);
    }

    @Test
    void anExplicitModeIsCheckedAgainstEverySample() throws Exception {
        SampleSet s = set(
                "{\"id\":\"a\",\"responses\":[\"x\",\"y\",\"z\"]}",
                "{\"id\":\"b\",\"responses\":[\"x\",\"y\"]}",
                "{\"id\":\"c\",\"response\":\"x\"}");
        Drained d = drain(ModeCheckedSource.of(SampleSource.of(s), "s.jsonl", Optional.of(EvalMode.LISTWISE)));
        assertThat(d.ids()).containsExactly("a", "b");
        assertThat(d.errors()).extracting(SampleError::line).containsExactly(3);
        assertThat(d.errors().get(0).message()).contains("--mode listwise");
        assertThat(drain(ModeCheckedSource.of(SampleSource.of(s), "s.jsonl", Optional.of(EvalMode.POINTWISE)))
                        .errors())
                .hasSize(2);
    }

    @Test
    void responsesImplyTheMode() {
        assertThat(ModeResolver.implied(1)).contains(EvalMode.POINTWISE);
        assertThat(ModeResolver.implied(2)).contains(EvalMode.PAIRWISE);
        assertThat(ModeResolver.implied(4)).contains(EvalMode.LISTWISE);
        assertThat(ModeResolver.implied(0)).isEmpty();
    }
}
