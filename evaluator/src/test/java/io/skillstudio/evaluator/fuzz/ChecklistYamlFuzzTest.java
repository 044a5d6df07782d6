package io.skillstudio.evaluator.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.skillstudio.evaluator.checklist.ChecklistParser;

/**
 * Jazzer target (issue 8): checklist YAML. Any text ends as items and positioned problems, never an
 * exception. One target per class (Jazzer fuzzes one per JVM).
 */
class ChecklistYamlFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void checklistYaml(FuzzedDataProvider data) {
        ChecklistParser.parse(data.consumeRemainingAsString(), "fuzz.checklist.yaml");
    }
}
