package io.skillstudio.app.studio.resources;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.model.resources.ResourceEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.Test;

class ResourceTableViewModelTest {

    private static final String YAML = """
            # top comment
            resources:
              - id: a
                type: rubric
                path: rubrics/a.md
                custom_key: keep me   # trailing comment
              - id: b
                type: reference
                path: references/missing.md
            """;

    private final StringProperty text = new SimpleStringProperty(YAML);
    private final Set<String> files = new HashSet<>(Set.of("rubrics/a.md", "references/resource_1.md"));
    private final List<String> created = new ArrayList<>();
    private final ResourceTableViewModel vm = new ResourceTableViewModel(
            text, ManifestEdits.MODEL, files::contains, path -> created.add(path) && files.add(path));

    @Test
    void rowsFollowTheText() {
        assertThat(vm.rows()).extracting(r -> r.id().orElse("")).containsExactly("a", "b");
        text.set(YAML.replace("id: b", "id: c"));
        assertThat(vm.rows()).extracting(r -> r.id().orElse("")).containsExactly("a", "c");
    }

    @Test
    void editingACellEditsOnlyThatValue() {
        vm.setField(vm.rows().get(0), "type", "checklist");
        assertThat(text.get()).isEqualTo(YAML.replace("type: rubric", "type: checklist"));
        assertThat(vm.rows().get(0).type()).contains("checklist");
    }

    @Test
    void listColumnsTakeCommaSeparatedItems() {
        vm.setField(vm.rows().get(1), "allowed_setting", "skill_fair, skill_operational");
        assertThat(vm.rows().get(1).allowedSetting()).containsExactly("skill_fair", "skill_operational");
        assertThat(text.get()).contains("# top comment").contains("custom_key: keep me   # trailing comment");
    }

    @Test
    void addRemoveAndMoveKeepUnknownKeysAndComments() {
        vm.add();
        assertThat(vm.rows()).hasSize(3);
        ResourceEntry added = vm.rows().get(2);
        vm.move(added, -1);
        assertThat(vm.rows()).extracting(r -> r.id().orElse("")).containsExactly("a", "resource_1", "b");
        vm.remove(vm.rows().get(1));
        assertThat(vm.rows()).extracting(r -> r.id().orElse("")).containsExactly("a", "b");
        assertThat(text.get()).contains("# top comment").contains("custom_key: keep me");
        assertThat(vm.rows().get(0).unknownFields()).containsKey("custom_key");
    }

    @Test
    void pathExistenceIsReported() {
        assertThat(vm.fileExists("rubrics/a.md")).isTrue();
        assertThat(vm.fileExists("references/missing.md")).isFalse();
    }

    @Test
    void brokenYamlMakesTheTableReadOnlyWithoutLosingRows() {
        text.set("resources:\n  - id: a\n    type: [unclosed\n");
        assertThat(vm.editableProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).contains("does not parse");
        assertThat(vm.rows()).hasSize(2);
        text.set(YAML);
        assertThat(vm.editableProperty().get()).isTrue();
    }

    @Test
    void enumColumnsOfferKnownValues() {
        assertThat(ResourceTableViewModel.knownValues("cost")).containsExactly("low", "medium", "high");
        assertThat(ResourceTableViewModel.knownValues("subtype")).isEmpty();
    }

    @Test
    void aNewRowNamesAFileItCreatedAndNoneThatExistedBefore() {
        vm.add();

        assertThat(created).containsExactly("references/resource_1_2.md");
        assertThat(vm.rows().get(2).path()).contains("references/resource_1_2.md");
        assertThat(vm.rows().get(2).path().filter(files::contains)).isPresent();
    }

    @Test
    void noRowIsAddedWhenItsFileCannotBeCreated() {
        ResourceTableViewModel refusing =
                new ResourceTableViewModel(text, ManifestEdits.MODEL, files::contains, p -> false);

        refusing.add();

        assertThat(refusing.rows()).hasSize(2);
        assertThat(refusing.problemProperty().get()).contains("could not be created");
    }
}
