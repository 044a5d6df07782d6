package io.skillstudio.app.studio.outline;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.editor.FileType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The outline, computed without a screen. */
class OutlineViewModelTest {

    private static final String SKILL_MD = """
            ---
            name: demo
            description: A demo
            ---
            # Title

            Some text.

            ```python
            # a comment, not a heading
            ```

            ## Steps `one`
            Setext heading
            ---
            """;

    @Test
    void markdownHeadingsAreWhatCommonmarkParsesNotHashLinesInFencesOrTheFrontmatter() {
        assertThat(OutlineViewModel.outline(SKILL_MD, FileType.MARKDOWN))
                .containsExactly(
                        new OutlineViewModel.Item("Title", 1, 5),
                        new OutlineViewModel.Item("Steps one", 2, 13),
                        new OutlineViewModel.Item("Setext heading", 2, 14));
    }

    @Test
    void yamlOutlineIsTheTopLevelKeys() {
        assertThat(OutlineViewModel.outline("resources:\n  - id: a\nextra: 1\n", FileType.YAML))
                .containsExactly(
                        new OutlineViewModel.Item("resources", 1, 1), new OutlineViewModel.Item("extra", 1, 3));
    }

    @Test
    void followsTheSelectedDocumentAndRevealsTheLine() {
        Document doc = new Document("SKILL.md", SKILL_MD, "\n");
        ObjectProperty<Document> selected = new SimpleObjectProperty<>();
        SimpleIntegerProperty refresh = new SimpleIntegerProperty();
        OutlineViewModel vm = new OutlineViewModel(selected, refresh);
        assertThat(vm.items()).isEmpty();

        selected.set(doc);
        assertThat(vm.items()).hasSize(3);
        doc.setText("# Only\n");
        refresh.set(1);
        assertThat(vm.items()).containsExactly(new OutlineViewModel.Item("Only", 1, 1));

        vm.reveal(vm.items().get(0));
        assertThat(doc.revealRequestProperty().get()).isEqualTo(new Document.Position(1, 1));
    }
}
