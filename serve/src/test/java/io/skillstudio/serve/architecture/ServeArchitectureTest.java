package io.skillstudio.serve.architecture;

import io.skillstudio.model.architecture.CommonArchitectureTest;
import java.util.List;

/** The reward server is headless and sits beside the app, never under it. */
class ServeArchitectureTest extends CommonArchitectureTest {

    @Override
    protected String rootPackage() {
        return "io.skillstudio.serve";
    }

    @Override
    protected List<String> forbiddenPackages() {
        return List.of("javafx..", "java.awt..", "io.skillstudio.app..");
    }

    @Override
    protected String whyForbidden() {
        return "the server runs headless; dependencies point one way: app -> serve -> evaluator -> skill-model";
    }
}
