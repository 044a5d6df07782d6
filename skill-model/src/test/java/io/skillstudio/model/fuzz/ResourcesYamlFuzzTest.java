package io.skillstudio.model.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.skillstudio.model.resources.ResourceManifest;

/** Jazzer target (issue 8): resources.yaml. Any text ends as entries and problems, never an exception. */
class ResourcesYamlFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void resourcesYaml(FuzzedDataProvider data) {
        ResourceManifest.parse(data.consumeRemainingAsString()).entries();
    }
}
