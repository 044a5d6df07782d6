package io.skillstudio.app.studio.shell;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** The Resources tool window: the manifest's entries; double-click opens the resource file. */
final class ResourcesToolWindow extends ListView<ResourceEntry> {

    ResourcesToolWindow(ObservableValue<SkillPackage> pkg, Consumer<String> open) {
        setId("resourcesToolWindow");
        setPlaceholder(new Label("No resources.yaml entries"));
        setCellFactory(lv -> new ListCell<>() {
            private final Label head = new Label();
            private final Label path = new Label();
            private final VBox box = new VBox(1, head, path);
            private final Tooltip tip = new Tooltip();

            {
                // Two single-line labels: wrapped cells were measured before their width was known and
                // cut to two lines, so the full text is in a tooltip and a path keeps its file name.
                path.getStyleClass().add("text-muted");
                path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
                box.setMinWidth(0);
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                setText(null);
            }

            @Override
            protected void updateItem(ResourceEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                head.setText(e.id().orElse("(no id)") + "  ·  " + e.type().orElse("?"));
                path.setText(e.path().orElse(""));
                path.setManaged(e.path().isPresent());
                path.setVisible(e.path().isPresent());
                tip.setText(describe(e));
                setGraphic(box);
                setTooltip(tip);
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

    /** Id, type and path in the manifest's own words: the tooltip, which is never cut. */
    static String describe(ResourceEntry e) {
        return e.id().orElse("(no id)") + "  ·  " + e.type().orElse("?")
                + e.path().map(p -> "\n" + p).orElse("");
    }

    private void show(SkillPackage pkg) {
        getItems()
                .setAll(
                        pkg == null || pkg.manifest().isEmpty()
                                ? List.of()
                                : pkg.manifest().get().entries());
    }
}
