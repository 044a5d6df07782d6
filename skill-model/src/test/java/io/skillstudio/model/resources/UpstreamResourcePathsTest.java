package io.skillstudio.model.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpstreamResourcePathsTest {

    @Test
    void declaredPathWinsThenTheIdTableThenNothing() {
        ResourceManifest m = ResourceManifest.parse("""
                resources:
                  - id: rubric.judgebench
                    path: "  /rubrics/custom.md "
                  - id: rubric.judgebench
                  - id: tool.python_sandbox
                  - id: output_format
                    path: ""
                """);
        assertThat(UpstreamResourcePaths.resolve(m.entries().get(0))).contains("rubrics/custom.md");
        assertThat(UpstreamResourcePaths.resolve(m.entries().get(1))).contains("rubrics/judgebench.md");
        assertThat(UpstreamResourcePaths.resolve(m.entries().get(2))).isEmpty();
        assertThat(UpstreamResourcePaths.resolve(m.entries().get(3))).contains("references/output_format.md");
        assertThat(UpstreamResourcePaths.BY_ID).hasSize(20);
    }
}
