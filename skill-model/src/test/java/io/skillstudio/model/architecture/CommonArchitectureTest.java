package io.skillstudio.model.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules every module obeys; each module subclasses this with its root package and
 * the packages it must not reach. Shipped to the other modules as skill-model's test jar.
 */
public abstract class CommonArchitectureTest {

    /** The one annotation that allows printing; named, not referenced, because it lives in the app. */
    static final String STREAMS_ALLOWED = "io.skillstudio.app.architecture.AllowedToUseStandardStreams";

    private JavaClasses classes;

    /** The module's root package, e.g. {@code io.skillstudio.model}. */
    protected abstract String rootPackage();

    /** Packages (ArchUnit syntax, e.g. {@code javafx..}) this module must not depend on, with the reason. */
    protected abstract List<String> forbiddenPackages();

    protected abstract String whyForbidden();

    protected final JavaClasses classes() {
        if (classes == null) {
            classes = new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(rootPackage());
        }
        return classes;
    }

    @Test
    void forbiddenPackagesAreNotUsed() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbiddenPackages().toArray(String[]::new))
                .because(whyForbidden())
                .check(classes());
    }

    @Test
    void onlyTheMarkedEntryPointPrints() {
        noClasses()
                .that()
                .areNotAnnotatedWith(STREAMS_ALLOWED)
                .should(ACCESS_STANDARD_STREAMS)
                .because("libraries log through SLF4J and commands write through picocli's writers")
                .check(classes());
    }

    @Test
    void noJavaUtilLoggingAndNoSwing() {
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.because("we log through SLF4J").check(classes());
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javax.swing..")
                .because("the UI is JavaFX")
                .check(classes());
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(rootPackage() + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("features depend one way, so each can be understood and tested alone")
                .check(classes());
    }
}
