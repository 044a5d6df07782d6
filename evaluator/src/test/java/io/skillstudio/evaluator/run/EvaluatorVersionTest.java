package io.skillstudio.evaluator.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvaluatorVersionTest {

    @Test
    void buildFillsVersionAndCommit() {
        // built from this git checkout, so the resource carries the Maven version and a 12-digit commit
        assertThat(EvaluatorVersion.get()).matches("0\\.1\\.0-SNAPSHOT\\+[0-9a-f]{12}(\\.dirty)?");
    }

    @Test
    void placeholdersOfABuildWithoutGitLeaveTheCommitOut() {
        assertThat(EvaluatorVersion.format("1.2.3", "${git.commit.id.abbrev}", "${git.dirty}"))
                .isEqualTo("1.2.3");
        assertThat(EvaluatorVersion.format("${project.version}", "", "")).isEqualTo("unknown");
        assertThat(EvaluatorVersion.format("1.2.3", "abcdef123456", "true")).isEqualTo("1.2.3+abcdef123456.dirty");
    }
}
