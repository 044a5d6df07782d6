package io.skillstudio.model.architecture;

import java.util.List;

/** skill-model is a plain library: the CLI, the reward server and tests use it without a screen. */
class ArchitectureTest extends CommonArchitectureTest {

    @Override
    protected String rootPackage() {
        return "io.skillstudio.model";
    }

    @Override
    protected List<String> forbiddenPackages() {
        return List.of("javafx..", "java.awt..", "io.skillstudio.evaluator..", "io.skillstudio.app..");
    }

    @Override
    protected String whyForbidden() {
        return "skill-model runs headless and dependencies point one way: app -> evaluator -> skill-model";
    }
}
