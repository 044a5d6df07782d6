package io.skillstudio.app.architecture;

import io.skillstudio.model.architecture.CommonArchitectureTest;
import java.util.List;

/** The app may use JavaFX, but no AWT, and prints only from the command line's entry point. */
class ArchitectureTest extends CommonArchitectureTest {

    @Override
    protected String rootPackage() {
        return "io.skillstudio.app";
    }

    @Override
    protected List<String> forbiddenPackages() {
        return List.of("java.awt..");
    }

    @Override
    protected String whyForbidden() {
        return "the UI is JavaFX only";
    }
}
