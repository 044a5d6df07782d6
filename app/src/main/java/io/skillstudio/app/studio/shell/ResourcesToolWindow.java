package io.skillstudio.app.studio.shell;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/** The Resources tool window: the manifest's entries; double-click opens the resource file. */
final class ResourcesToolWindow extends ListView<ResourceEntry> {

    ResourcesToolWindow(ObservableValue<SkillPackage> pkg, Consumer<String> open) {
        setId("resourcesToolWindow");
        setPlaceholder(new Label("No resources.yaml entries"));
        setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(ResourceEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : e.id().orElse("(no id)") + "  ·  " + e.type().orElse("?") + e.path().map(p -> "  ·  " + p).orElse(""));
            }
        });
        pkg.addListener((obs, old, now) -> show(now));
        show(pkg.getValue());
        setOnMouseClicked(ev -> {
            ResourceEntry e = getSelectionModel().getSelectedItem();
            if (ev.getClickCount() == 2 && e != null) {
                e.path().ifPresent(open);
            }
        });
    }

    private void show(SkillPackage pkg) {
        getItems().setAll(pkg == null || pkg.manifest().isEmpty() ? java.util.List.of() : pkg.manifest().get().entries());
    }
}
