package io.skillstudio.evaluator.architecture;

import io.skillstudio.model.architecture.CommonArchitectureTest;
import java.util.List;

/** The evaluator runs headless in the CLI, the reward server and tests, and never sees the app. */
class EvaluatorPackagesArchitectureTest extends CommonArchitectureTest {

    @Override
    protected String rootPackage() {
        return "io.skillstudio.evaluator";
    }

    @Override
    protected List<String> forbiddenPackages() {
        return List.of("javafx..", "java.awt..", "io.skillstudio.app..");
    }

    @Override
    protected String whyForbidden() {
        return "the evaluator runs headless; dependencies point one way: app -> evaluator -> skill-model";
    }
}
