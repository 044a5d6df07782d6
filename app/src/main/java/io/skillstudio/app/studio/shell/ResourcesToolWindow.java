package io.skillstudio.app.studio.shell;

import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.resources.ResourceEntry;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** The Resources tool window: the manifest's entries; double-click opens the resource file. */
final class ResourcesToolWindow extends ListView<ResourceEntry> {

    ResourcesToolWindow(ObservableValue<SkillPackage> pkg, Consumer<String> open) {
        setId("resourcesToolWindow");
        setPlaceholder(new Label("No resources.yaml entries"));
        setCellFactory(lv -> new ListCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                // Long ids and paths wrap inside the tool window's width instead of ending in "…".
                setWrapText(true);
                prefWidthProperty().bind(lv.widthProperty().subtract(20));
                setMaxWidth(Region.USE_PREF_SIZE);
                tip.setWrapText(true);
                tip.setMaxWidth(480);
            }

            @Override
            protected void updateItem(ResourceEntry e, boolean empty) {
                super.updateItem(e, empty);
                String text = empty || e == null ? null : describe(e);
                setText(text == null ? null : breakable(text));
                tip.setText(text);
                setTooltip(text == null ? null : tip);
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

    /** Id and type, then the path on its own line, in the manifest's own words. */
    static String describe(ResourceEntry e) {
        return e.id().orElse("(no id)") + "  ·  " + e.type().orElse("?") + e.path().map(p -> "\n" + p).orElse("");
    }

    /**
     * Paths and ids have no spaces, so a narrow window could only cut them; a zero-width space after
     * each separator lets the text wrap there. The tooltip keeps the plain text.
     */
    static String breakable(String text) {
        return text.replaceAll("([/_\\-])", "$1\u200B");
    }

    private void show(SkillPackage pkg) {
        getItems().setAll(pkg == null || pkg.manifest().isEmpty() ? java.util.List.of() : pkg.manifest().get().entries());
    }
}
