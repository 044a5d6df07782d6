package io.skillstudio.model.skillmd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SkillDocumentTest {

    @Test
    void blockScalarsAreParsedAsRealYamlAndTheBodyIsVerbatim() {
        String text =
                "---\nname: if_pointwise\ndescription: |\n  Line one.\n  Line two.\nmetadata:\n  family: skill_rm_if\n"
                        + "  short-description: >-\n    folded\n    text\n---\n\n# Body\n  indented \r\nend";
        SkillDocument d = SkillDocument.parse(text);
        assertThat(d.name()).contains("if_pointwise");
        assertThat(d.description()).contains("Line one.\nLine two.\n");
        assertThat(d.metadata())
                .containsEntry("family", "skill_rm_if")
                .containsEntry("short-description", "folded text");
        assertThat(d.body()).isEqualTo("\n# Body\n  indented \r\nend");
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.keyPosition("metadata"))
                .hasValueSatisfying(p -> assertThat(p).containsExactly(6, 1));
    }

    @Test
    void upstreamReadersReproduceTheirQuirks() {
        String text = "---\nname: \"quoted\"\ndescription: >-\n  Real text\n---\n";
        assertThat(UpstreamReaders.r1Name(text)).isEmpty();
        assertThat(UpstreamReaders.r1Description(text)).contains(">-");
        assertThat(UpstreamReaders.r2Description(text)).contains(">- Real text");
        assertThat(UpstreamReaders.r1Name("---\nname: a_b.c-d\n---")).contains("a_b.c-d");
    }

    @Test
    void malformedFrontmatterKeepsTheTextAndReportsAPosition() {
        SkillDocument d = SkillDocument.parse("---\nname: [oops\n---\nbody");
        assertThat(d.frontmatter())
                .hasValueSatisfying(f -> assertThat(f.error()).isPresent());
        assertThat(d.name()).isEmpty();
        assertThat(d.text()).isEqualTo("---\nname: [oops\n---\nbody");
        assertThat(SkillDocument.parse("").frontmatter()).isEmpty();
        assertThat(SkillDocument.parse("---").frontmatter()).isEmpty();
        assertThat(SkillDocument.parse("---\n---\n").frontmatter())
                .hasValueSatisfying(f -> assertThat(f.values()).isEmpty());
    }

    @Test
    void aliasBombsAndDeepNestingAreRejectedNotExpanded() {
        StringBuilder bomb = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x]\n");
        char prev = 'a';
        for (char c = 'b'; c <= 'z'; c++) {
            bomb.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [*")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append(", *")
                    .append(prev)
                    .append("]\n");
            prev = c;
        }
        bomb.append("---\n");
        assertThat(SkillDocument.parse(bomb.toString())
                        .frontmatter()
                        .orElseThrow()
                        .error())
                .isPresent();
        String deep = "---\nname: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n";
        assertThat(SkillDocument.parse(deep).frontmatter().orElseThrow().error())
                .isPresent();
    }
}
