package io.skillstudio.model.skillmd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontmatterEditorTest {

    static final String MD = """
            ---
            # who owns this
            name: old-name
            description: >-
              Folded
              description.
            metadata:
              family: skill_rm_if   # kept
            ---
            # Body
            """;

    @Test
    void replacingABlockScalarKeepsEverythingElse() {
        String out = FrontmatterEditor.setTopLevel(MD, "description", "One line.");
        assertThat(out).isEqualTo(MD.replace(">-\n  Folded\n  description.", "One line."));
        assertThat(SkillDocument.parse(out).description()).contains("One line.");
    }

    @Test
    void valuesThatNeedQuotingAreQuotedAndReadBack() {
        for (String v : new String[] {"a: b", "yes", "#hash", "  padded", "quote \" inside", "multi\nline"}) {
            String out = FrontmatterEditor.setTopLevel(MD, "description", v);
            assertThat(SkillDocument.parse(out).description()).as(v).contains(v);
            assertThat(out).contains("# who owns this", "family: skill_rm_if   # kept", "# Body");
        }
    }

    @Test
    void metadataKeysAreSetAddedAndRemoved() {
        String added = FrontmatterEditor.setMetadata(MD, "version", "1.2.0");
        assertThat(SkillDocument.parse(added).metadata()).containsEntry("version", "1.2.0").containsEntry("family", "skill_rm_if");
        String removed = FrontmatterEditor.removeMetadata(added, "family");
        assertThat(SkillDocument.parse(removed).metadata()).containsOnlyKeys("version");
        String fresh = FrontmatterEditor.setMetadata("---\nname: x\n---\n", "version", "1");
        assertThat(SkillDocument.parse(fresh).metadata()).containsEntry("version", "1");
    }

    @Test
    void textWithoutFrontmatterGetsOne() {
        String out = FrontmatterEditor.setTopLevel("# Body only\n", "name", "n");
        assertThat(SkillDocument.parse(out).name()).contains("n");
        assertThat(out).endsWith("# Body only\n");
    }
}
