package io.skillstudio.model.skillmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(SkillDocument.parse(added).metadata())
                .containsEntry("version", "1.2.0")
                .containsEntry("family", "skill_rm_if");
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

    @Test
    void bomFenceSpacesAndMixedLineEndingsEditTheExistingBlock() {
        String md = "\uFEFF---  \r\nname: a\r\ndescription: old\r\n---\r\nbody line\nlast\n";
        String out = FrontmatterEditor.setTopLevel(md, "description", "new");
        assertThat(out).isEqualTo(md.replace("description: old", "description: new"));
        String lf = "---\nname: a\n---\nbody with a CRLF\r\nline\n";
        assertThat(FrontmatterEditor.setTopLevel(lf, "name", "b")).isEqualTo(lf.replace("name: a", "name: b"));
    }

    @Test
    void flowStyleMetadataIsRefusedNotCorrupted() {
        String md = "---\nname: a\nmetadata: {version: \"1.0\"}\n---\n";
        assertThatThrownBy(() -> FrontmatterEditor.setMetadata(md, "version", "1.1"))
                .isInstanceOf(FrontmatterEditor.EditException.class)
                .hasMessageContaining("as text");
    }

    @Test
    void commentsInsideMetadataStayInsideIt() {
        String md = "---\nname: a\nmetadata:\n  family: x\n# note about the version\n  version: \"1.0\"\n---\n";
        String out = FrontmatterEditor.setMetadata(md, "version", "1.1");
        assertThat(SkillDocument.parse(out).metadata())
                .containsEntry("version", "1.1")
                .containsEntry("family", "x");
        assertThat(out).contains("# note about the version");
    }

    @Test
    void numberLikeStringsStayStrings() {
        for (String v : new String[] {"0x10", "0b11", "0o17", "1e3", "-5", "null", "True"}) {
            String out = FrontmatterEditor.setMetadata(MD, "version", v);
            assertThat(SkillDocument.parse(out).metadata().get("version")).as(v).isEqualTo(v);
        }
    }
}
