package io.skillstudio.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.skillstudio.model.architecture.CommonArchitectureTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app may use JavaFX, but no AWT, and prints only from the command line's entry point. */
class ArchitectureTest extends CommonArchitectureTest {

    private static final String STUDIO = "io.skillstudio.app.studio";

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

    /**
     * Each studio feature is a slice, and the classes directly in {@code studio} are one too: the
     * common rule's {@code studio.(*)..} pattern leaves them out, so a cycle between them and a
     * feature (once {@code studio} ↔ {@code studio.shell}) went unseen.
     */
    @Test
    void studioFeaturesHaveNoCycles() {
        slices().assignedFrom(new StudioFeatures())
                .should()
                .beFreeOfCycles()
                .because("each studio feature depends one way on the others, so it can be read and tested alone")
                .check(classes());
    }

    @Test
    void viewModelsUseNoScene() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..")
                .because("a ViewModel holds state and commands and is tested without a screen (MVVM)")
                .check(classes());
    }

    private static final class StudioFeatures implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String pkg = c.getPackageName();
            if (pkg.equals(STUDIO)) {
                return SliceIdentifier.of("studio (root)");
            }
            if (pkg.startsWith(STUDIO + ".")) {
                String rest = pkg.substring(STUDIO.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "studio features";
        }
    }
}
