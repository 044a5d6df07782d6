package io.skillstudio.evaluator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Boundaries of the evaluation core (checklist, aggregate, sample, run, trace, metrics, score, output). */
class EvaluatorPackagesArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.skillstudio.evaluator");

    @Test
    void evaluatorUsesNoJavaFxNoAppAndNoStandardStreams() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.skillstudio.app..", "java.awt..",
                        "javax.swing..")
                .because("the evaluator runs headless in the CLI, the reward server and tests")
                .check(CLASSES);
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the evaluator logs through SLF4J; only the CLI writes to the console")
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("io.skillstudio.evaluator.(*)..").should().beFreeOfCycles()
                .because("features depend one way: score <- aggregate <- checklist <- sample <- run <- metrics <- output")
                .check(CLASSES);
    }
}
