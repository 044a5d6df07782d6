package io.skillstudio.model.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestEditorTest {

    private static final String TEXT = """
            # resource index
            resources:
              - id: rubric.generic  # the main rubric
                type: rubric
                path: rubrics/generic.md
                x-owner: team-a
                applies_to:
                  - pairwise
                  - listwise
              - id: principle.bias
                type: principle
                cost: low
            runtime_resources:
              - id: verifier.reference_match
                type: verifier
            """;

    @Test
    void changingOneFieldChangesOnlyThatValue() {
        String out = ManifestEditor.setField(TEXT, "resources", 1, "cost", "medium");
        assertThat(out).isEqualTo(TEXT.replace("cost: low", "cost: medium"));
    }

    @Test
    void changedValueThatNeedsQuotingIsQuoted() {
        String out = ManifestEditor.setField(TEXT, "resources", 1, "cost", "yes: no");
        assertThat(ResourceManifest.parse(out).entries().get(1).cost()).contains("yes: no");
    }

    @Test
    void addingAFieldInsertsOneLineAlignedWithTheOthers() {
        String out = ManifestEditor.setField(TEXT, "resources", 1, "leakage_level", "sample_visible");
        assertThat(out)
                .isEqualTo(TEXT.replace("    cost: low\n", "    cost: low\n    leakage_level: sample_visible\n"));
    }

    @Test
    void replacingABlockListKeepsBlockStyleAndComments() {
        String out = ManifestEditor.setField(TEXT, "resources", 0, "applies_to", List.of("pairwise"));
        assertThat(out).contains("# the main rubric", "x-owner: team-a", "# resource index");
        assertThat(out).contains("    applies_to:\n      - pairwise\n  - id: principle.bias");
        assertThat(ResourceManifest.parse(out).entries().get(0).appliesTo()).containsExactly("pairwise");
    }

    @Test
    void addingAResourceAppendsABlockAndKeepsEverythingElse() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", "checklist.if");
        fields.put("type", "checklist");
        fields.put("applies_to", List.of("instruction_following"));
        String out = ManifestEditor.addResource(TEXT, fields);
        assertThat(out)
                .startsWith(TEXT.substring(0, TEXT.indexOf("runtime_resources")).replace("cost: low\n", "cost: low\n"));
        ResourceManifest m = ResourceManifest.parse(out);
        assertThat(m.entries())
                .extracting(e -> e.id().orElse(""))
                .containsExactly("rubric.generic", "principle.bias", "checklist.if", "verifier.reference_match");
        assertThat(m.byId("checklist.if").orElseThrow().appliesTo()).containsExactly("instruction_following");
        assertThat(m.byId("rubric.generic").orElseThrow().unknownFields()).containsEntry("x-owner", "team-a");
    }

    @Test
    void addingToAnEmptyFileCreatesTheMappingShape() {
        String out = ManifestEditor.addResource("", Map.of("id", "a"));
        assertThat(ResourceManifest.parse(out).shape()).isEqualTo(ManifestShape.MAPPING);
        assertThat(ResourceManifest.parse(out).entries()).hasSize(1);
    }

    @Test
    void removingAResourceRemovesItsLinesOnly() {
        String out = ManifestEditor.removeResource(TEXT, "resources", 1);
        assertThat(out).isEqualTo(TEXT.replace("  - id: principle.bias\n    type: principle\n    cost: low\n", ""));
    }

    @Test
    void movingAResourceReordersAndIsReversible() {
        String moved = ManifestEditor.moveResource(TEXT, "resources", 0, 1);
        assertThat(ResourceManifest.parse(moved).entries())
                .extracting(e -> e.id().orElse(""))
                .containsExactly("principle.bias", "rubric.generic", "verifier.reference_match");
        assertThat(ManifestEditor.moveResource(moved, "resources", 1, 0)).isEqualTo(TEXT);
    }

    @Test
    void removingAFieldKeepsTheRest() {
        String out = ManifestEditor.removeField(TEXT, "resources", 0, "x-owner");
        assertThat(out).isEqualTo(TEXT.replace("    x-owner: team-a\n", ""));
        String first = ManifestEditor.removeField(TEXT, "resources", 1, "id");
        assertThat(first).contains("  - type: principle\n    cost: low\n");
    }

    @Test
    void crlfFilesGetCrlfLines() {
        String crlf = TEXT.replace("\n", "\r\n");
        String out = ManifestEditor.setField(crlf, "resources", 1, "leakage_level", "oracle_only");
        assertThat(out).doesNotContain("oracle_only\n    ").contains("leakage_level: oracle_only\r\n");
        assertThat(out.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void astralCharactersBeforeTheEditKeepOffsetsRight() {
        String text = "# 😀😀 emoji\nresources:\n  - id: a  # 😀\n    cost: low\n";
        assertThat(ManifestEditor.setField(text, "resources", 0, "cost", "medium"))
                .isEqualTo(text.replace("cost: low", "cost: medium"));
    }

    @Test
    void malformedTextIsRefusedWithAPosition() {
        assertThatThrownBy(() -> ManifestEditor.setField("resources: [\n", "resources", 0, "id", "x"))
                .isInstanceOf(ManifestEditor.EditException.class)
                .hasMessageContaining("does not parse");
        assertThatThrownBy(() -> ManifestEditor.setField(TEXT, "resources", 7, "id", "x"))
                .isInstanceOf(ManifestEditor.EditException.class)
                .hasMessageContaining("no entry 7");
        assertThatThrownBy(() -> ManifestEditor.setField("resources:\n  - {id: a}\n", "resources", 0, "id", "x"))
                .isInstanceOf(ManifestEditor.EditException.class)
                .hasMessageContaining("flow style");
    }

    @Test
    void aListReplacingAFlowListOrAScalarStaysOnItsLineInFlowStyle() {
        String text =
                "resources:\n  - id: a\n    inputs_required: [prompt, candidate_response]\n    applies_to: pairwise\n";
        String out = ManifestEditor.setField(text, "resources", 0, "inputs_required", List.of("response", "prompt"));
        out = ManifestEditor.setField(out, "resources", 0, "applies_to", List.of("listwise"));
        assertThat(out)
                .isEqualTo(
                        "resources:\n  - id: a\n    inputs_required: [response, prompt]\n    applies_to: [listwise]\n");
        assertThat(ResourceManifest.parse(out).entries().get(0).inputsRequired())
                .containsExactly("response", "prompt");
    }

    @Test
    void anEditThatWouldNotParseIsRefused() {
        String text = "resources:\n  - id: a\n    note: x\n";
        assertThatThrownBy(() -> ManifestEditor.setField(text, "resources", 0, "bad key: [", "v"))
                .isInstanceOf(ManifestEditor.EditException.class)
                .hasMessageContaining("invalid");
    }
}
