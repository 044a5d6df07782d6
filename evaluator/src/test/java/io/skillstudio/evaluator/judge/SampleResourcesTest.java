package io.skillstudio.evaluator.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.evaluator.judge.tools.SampleResource;
import io.skillstudio.evaluator.judge.wholeskill.MetadataSanitizer;
import io.skillstudio.evaluator.judge.wholeskill.SampleResources;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleReader;
import io.skillstudio.evaluator.verify.VerifierRegistry;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SampleResourcesTest {

    static Sample sample(String line) throws Exception {
        return SampleReader.read("mem", new StringReader(line)).samples().get(0);
    }

    static List<SampleResource> build(Sample s, boolean operational) {
        JudgeSample js = new JudgeSample(
                s.id(),
                s.responses().size() == 1 ? JudgeMode.POINTWISE : JudgeMode.PAIRWISE,
                "",
                "",
                s.prompt(),
                s.responses(),
                s.reference(),
                List.of());
        return SampleResources.build(
                s, js, VerifierRegistry.standard(), new SampleResources.Options(operational, Optional.empty()));
    }

    @Test
    void sanitizerDropsBlockedKeysAtAnyDepthCaseInsensitivelyAndPrunesEmptyValues() {
        Map<String, Object> meta = Map.of(
                "difficulty",
                "hard",
                "Chosen_Model",
                "gpt",
                "nested",
                Map.of("winner", "A", "note", "kept", "only", Map.of("label", "B")),
                "list",
                List.of(Map.of("score", 1)));
        assertThat(MetadataSanitizer.sanitize(meta))
                .contains(Map.of("difficulty", "hard", "nested", Map.of("note", "kept")));
        assertThat(MetadataSanitizer.sanitize(Map.of("gold", "A"))).isEmpty();
        assertThat(MetadataSanitizer.BLOCKED).hasSize(37);
    }

    @Test
    void verInstructResourcesComeFromTheSampleChecklistInUpstreamOrder() throws Exception {
        Sample s = sample(
                "{\"id\":\"v\",\"prompt\":\"p\",\"response\":\"the weather today is lovely, and the sun is shining over the quiet town\",\"checklist\":{\"instruction_id_list\":"
                        + "[\"punctuation:no_comma\",\"change_case:english_lowercase\"],\"kwargs\":[{},{}]},"
                        + "\"metadata\":{\"checkers\":[\"Be polite\",{\"id\":\"X1\",\"text\":\"Coded\",\"code\":\"def check(r): return True\"}]}}");
        List<SampleResource> rs = build(s, false);
        assertThat(rs)
                .extracting(SampleResource::id)
                .containsExactly(
                        "sample.verinstruct.checklist",
                        "sample.verinstruct.verify_all",
                        "sample.verinstruct.verifier.punctuation_no_comma",
                        "sample.verinstruct.verifier.change_case_english_lowercase",
                        "sample.verinstruct.verifier.X1");
        assertThat(rs.get(0).content())
                .contains("- punctuation:no_comma [rule]", "- C1 [llm]: Be polite", "- X1 [rule]: Coded");
        assertThat(rs.get(0).runnable()).isFalse();
        Map<String, Object> all = rs.get(1).runner().orElseThrow().get();
        // no_comma fails on the comma; lowercase passes; without a verifier sandbox the Python checker cannot
        // run, so it is not decisive (VerifierCodeWholeSkillTest runs it in the sandbox).
        assertThat(all)
                .containsEntry("satisfied_count", 1)
                .containsEntry("total_count", 2)
                .containsEntry("verdict", "ok");
        assertThat(all.get("per_item").toString())
                .contains("verifier code unavailable: this run has no verifier sandbox");
        assertThat(rs.get(4).content()).contains("```python", "def check(r)");
    }

    @Test
    void operationalFilesAreBuiltOnlyWhenAskedAndOnlyFromVisibleFields() throws Exception {
        Sample s = sample("{\"id\":\"o\",\"prompt\":\"p\",\"responses\":[\"x\",\"y\"],\"reference\":\"42\","
                + "\"metadata\":{\"benchmark\":\"RM-Bench\",\"subset\":\"math\",\"constraints\":[\"show work\"],"
                + "\"additional_metadata\":{\"rejected_model\":\"m\",\"topic\":\"algebra\"}}}");
        assertThat(build(s, false)).isEmpty();
        List<SampleResource> rs = build(s, true);
        assertThat(rs)
                .extracting(SampleResource::path)
                .containsExactly(
                        "sample/task_metadata.json",
                        "sample/reference_or_ground_truth.json",
                        "sample/checklist_or_constraints.json");
        assertThat(rs.get(0).content())
                .contains("\"task_type\" : \"math\"", "algebra")
                .doesNotContain("rejected_model");
        assertThat(rs.get(1).content()).contains("\"reference\" : \"42\"");
        assertThat(rs.get(2).index()).containsEntry("decision_impact", "veto");
    }
}
