package io.skillstudio.evaluator.judge;

import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small judge skill written to a temp folder: a rubric, a word-count verifier and a reference file. */
final class TestPackages {
    private TestPackages() {}

    static SkillPackage judgeSkill(Path dir) throws IOException {
        Path root = dir.resolve("if-judge");
        Files.createDirectories(root.resolve("rubrics"));
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("SKILL.md"), """
                ---
                name: if-judge
                description: Judges instruction following with exact counts.
                ---
                # IF judge
                Load the rubric, run verifier.words for length constraints, then answer.
                """);
        Files.writeString(root.resolve("resources.yaml"), """
                resources:
                  - id: rubric.main
                    type: rubric
                    implementation_kind: reference
                    path: rubrics/main.md
                  - id: verifier.words
                    type: verifier
                    implementation_kind: runtime_verifier
                    verifier: constraint.word_count
                  - id: verifier.missing
                    type: verifier
                    implementation_kind: runtime_verifier
                    verifier: constraint.no_such_helper
                  - id: helpers
                    type: tool
                    implementation_kind: reference
                    path: scripts/constraint_tools.py
                """);
        Files.writeString(root.resolve("rubrics/main.md"), "Score 1 when every constraint holds.\n");
        Files.writeString(
                root.resolve("scripts/constraint_tools.py"),
                "def word_count(t):\n    return len(re.findall(r\"\\b[\\w'-]+\\b\", t))\n");
        return new PackageLoader().load(root).skillPackage().orElseThrow();
    }
}
