package io.skillstudio.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The app may use JavaFX, but prints only from the command line's entry point. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.skillstudio.app");

    @Test
    void onlyMarkedClassesUseStandardStreams() {
        noClasses().that().areNotAnnotatedWith(AllowedToUseStandardStreams.class)
                .should(ACCESS_STANDARD_STREAMS)
                .because("commands write through picocli's writers and the studio logs through SLF4J")
                .check(CLASSES);
    }

    @Test
    void noJulOrSwing() {
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("we log through SLF4J").check(CLASSES);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javax.swing..")
                .because("the UI is JavaFX").check(CLASSES);
    }
}
