package io.skillstudio.model.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.skillstudio.model.skillmd.SkillDocument;

/**
 * Jazzer target (issue 8): SKILL.md frontmatter. Any text ends as a document with a positioned error,
 * never an exception. One target per class: Jazzer fuzzes one {@code @FuzzTest} per JVM, and -Pfuzz
 * forks one JVM per class. The normal build replays {@code FrontmatterFuzzTestInputs/}.
 */
class FrontmatterFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void frontmatter(FuzzedDataProvider data) {
        SkillDocument doc = SkillDocument.parse(data.consumeRemainingAsString());
        doc.name();
        doc.metadata();
    }
}
