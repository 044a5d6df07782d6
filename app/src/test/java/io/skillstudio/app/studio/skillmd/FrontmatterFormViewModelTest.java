package io.skillstudio.app.studio.skillmd;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.skillmd.FrontmatterEditor;
import io.skillstudio.model.validation.LintMode;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class FrontmatterFormViewModelTest {

    private static final String MD = """
            ---
            # a comment
            name: my-skill
            description: Judges things.
            metadata:
              family: reward_judge
            license: MIT
            ---

            # Body
            """;

    private final StringProperty text = new SimpleStringProperty(MD);
    private final SimpleObjectProperty<LintMode> mode = new SimpleObjectProperty<>(LintMode.STRICT);
    private final FrontmatterFormViewModel vm = new FrontmatterFormViewModel(text, mode);

    @Test
    void fieldsShowTheFrontmatter() {
        assertThat(vm.nameProperty().get()).isEqualTo("my-skill");
        assertThat(vm.descriptionProperty().get()).isEqualTo("Judges things.");
        assertThat(vm.metadata()).containsExactly(new FrontmatterFormViewModel.MetaEntry("family", "reward_judge"));
    }

    @Test
    void typingInAFieldEditsOnlyThatLine() {
        vm.descriptionProperty().set("Judges: many things # really");
        assertThat(text.get())
                .isEqualTo(MD.replace("description: Judges things.", "description: \"Judges: many things # really\""));
        vm.nameProperty().set("other");
        assertThat(text.get())
                .contains("\nname: other\n")
                .contains("# a comment")
                .contains("license: MIT");
    }

    @Test
    void editingTheTextUpdatesTheFields() {
        text.set(MD.replace("name: my-skill", "name: renamed"));
        assertThat(vm.nameProperty().get()).isEqualTo("renamed");
    }

    @Test
    void metadataCanBeSetAddedAndRemoved() {
        vm.setMetadata("family", "skill_rm_if");
        vm.setMetadata("method", "pointwise_scalar");
        assertThat(text.get()).contains("metadata:\n  family: skill_rm_if\n  method: pointwise_scalar\nlicense: MIT");
        vm.removeMetadata("family");
        assertThat(vm.metadata()).containsExactly(new FrontmatterFormViewModel.MetaEntry("method", "pointwise_scalar"));
    }

    @Test
    void limitsFollowTheLintMode() {
        vm.nameProperty().set("My_Skill");
        assertThat(vm.nameProblemProperty().get()).contains("Strict");
        mode.set(LintMode.SKILLRM);
        assertThat(vm.nameProblemProperty().get()).isEmpty();
        vm.descriptionProperty().set("x".repeat(1025));
        assertThat(vm.descriptionTooLongProperty().get()).isTrue();
        assertThat(vm.descriptionLengthProperty().get()).isEqualTo(1025);
    }

    @Test
    void brokenFrontmatterDisablesTheFormAndLeavesTheTextAlone() {
        String broken = "---\nname: [unclosed\n---\nbody\n";
        text.set(broken);
        assertThat(vm.formUsableProperty().get()).isFalse();
        vm.nameProperty().set("x");
        assertThat(text.get()).isEqualTo(broken);
    }

    @Test
    void missingFrontmatterIsCreated() {
        assertThat(FrontmatterEditor.setTopLevel("# Body\n", "name", "n")).isEqualTo("---\nname: n\n---\n# Body\n");
    }

    @Test
    void blockScalarIsReplacedWhole() {
        String md = "---\nname: a\ndescription: |\n  line one\n  line two\nmetadata:\n  k: v\n---\n";
        assertThat(FrontmatterEditor.setTopLevel(md, "description", "short"))
                .isEqualTo("---\nname: a\ndescription: short\nmetadata:\n  k: v\n---\n");
    }

    @Test
    void anEditTheTextCannotTakeIsRefusedAndExplained() {
        StringProperty text = new SimpleStringProperty("---\nname: a\nmetadata: {version: \"1\"}\n---\n");
        FrontmatterFormViewModel vm = new FrontmatterFormViewModel(text, new SimpleObjectProperty<>(LintMode.SKILLRM));
        String before = text.get();
        vm.setMetadata("version", "2");
        assertThat(text.get()).isEqualTo(before);
        assertThat(vm.editProblemProperty().get()).contains("edit it as text");
    }
}
