package io.skillstudio.model.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceManifestTest {

    @Test
    void mappingShapeConcatenatesResourcesThenRuntimeResources() {
        ResourceManifest m = ResourceManifest.parse("runtime_resources:\n  - id: b\nresources:\n  - id: a\nother: 1\n");
        assertThat(m.shape()).isEqualTo(ManifestShape.MAPPING);
        assertThat(m.entries()).extracting(e -> e.id().orElseThrow()).containsExactly("a", "b");
        assertThat(m.entries()).extracting(ResourceEntry::section).containsExactly("resources", "runtime_resources");
    }

    @Test
    void listShapeAndEmptyFile() {
        assertThat(ResourceManifest.parse("- id: a\n- id: b\n").entries()).hasSize(2);
        assertThat(ResourceManifest.parse("- id: a\n").shape()).isEqualTo(ManifestShape.LIST);
        assertThat(ResourceManifest.parse("").shape()).isEqualTo(ManifestShape.EMPTY);
        assertThat(ResourceManifest.parse("# only a comment\n").shape()).isEqualTo(ManifestShape.EMPTY);
        assertThat(ResourceManifest.parse("resources:\n").entries()).isEmpty();
    }

    @Test
    void everyFieldIsTypedAndUnknownKeysAndValuesAreKept() {
        String yaml = """
                resources:
                  - id: if.rubric
                    type: rubric
                    implementation_kind: reference
                    subtype: instruction_following_pointwise
                    path: rubrics/if.md
                    benchmarks: [RewardBench2, rb2]
                    applies_to: [instruction_following]
                    cost: astronomical
                    hard_or_soft: soft
                    decision_impact: strong
                    failure_modes_mitigated: [counting_error]
                    inputs_required: [prompt, candidate_response]
                    outputs_produced: [scalar_scoring_criteria]
                    leakage_level: sample_visible
                    allowed_setting: [skill_operational]
                    visibility: always_when_operational
                    provenance: loader_visible_fields
                    aliases: [if.main]
                    usage_note: Read first.
                    x-owner: {team: a}
                """;
        ResourceEntry e = ResourceManifest.parse(yaml).entries().get(0);
        assertThat(e.subtype()).contains("instruction_following_pointwise");
        assertThat(e.benchmarks()).containsExactly("RewardBench2", "rb2");
        assertThat(e.cost()).contains("astronomical");
        assertThat(e.failureModesMitigated()).containsExactly("counting_error");
        assertThat(e.inputsRequired()).containsExactly("prompt", "candidate_response");
        assertThat(e.outputsProduced()).containsExactly("scalar_scoring_criteria");
        assertThat(e.allowedSetting()).containsExactly("skill_operational");
        assertThat(e.visibility()).contains("always_when_operational");
        assertThat(e.provenance()).contains("loader_visible_fields");
        assertThat(e.aliases()).containsExactly("if.main");
        assertThat(e.usageNote()).contains("Read first.");
        assertThat(e.unknownFields()).containsOnlyKeys("x-owner");
        assertThat(e.positionOf("cost").line()).isEqualTo(9);
        assertThat(List.copyOf(e.fields().keySet())).startsWith("id", "type", "implementation_kind");
    }

    @Test
    void malformedInputIsAnInvalidShapeWithAPosition() {
        ResourceManifest m = ResourceManifest.parse("resources:\n  - id: a\n  bad indent: [\n");
        assertThat(m.shape()).isEqualTo(ManifestShape.INVALID);
        assertThat(m.parseErrorLine()).isPositive();
        assertThat(ResourceManifest.parse("42\n").shape()).isEqualTo(ManifestShape.INVALID);
        assertThat(ResourceManifest.parse("resources:\n  - 1\n  - [a]\n").dropped())
                .hasSize(2);
        assertThat(ResourceManifest.parse("\t- id: a\n").shape()).isEqualTo(ManifestShape.INVALID);
    }

    @Test
    void columnsCountUtf16CharsLikeTheEditorEvenAfterEmoji() {
        ResourceEntry e = ResourceManifest.parse("resources:\n  - {tags: [\uD83C\uDFAF, x], cost: low}\n")
                .entries()
                .get(0);
        // "  - {tags: [🎯, x], cost: low}": 'cost' starts at char column 21 (the emoji is two chars).
        assertThat(e.positionOf("cost").column()).isEqualTo(21);
        assertThat(e.positionOf("cost#value").startOffset())
                .isEqualTo("resources:\n  - {tags: [\uD83C\uDFAF, x], cost: ".length());
    }
}
