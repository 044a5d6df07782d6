package io.skillstudio.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** skill-model is a plain library: the CLI, the reward server and tests use it without a screen. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.skillstudio.model");

    @Test
    void noJavaFx() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("skill-model must run headless (CLI, reward server, CI)").check(CLASSES);
    }

    @Test
    void noUpwardDependencies() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.skillstudio.evaluator..", "io.skillstudio.app..")
                .because("dependencies point one way: app -> evaluator -> skill-model").check(CLASSES);
    }

    @Test
    void noStandardStreamsOrJul() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("libraries log through SLF4J; only the CLI entry prints").check(CLASSES);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("we log through SLF4J").check(CLASSES);
    }

    @Test
    void noSwingOrAwt() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .because("the UI is JavaFX, and only in app").check(CLASSES);
    }
}
