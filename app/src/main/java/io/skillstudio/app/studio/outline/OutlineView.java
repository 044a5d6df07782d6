package io.skillstudio.app.studio.outline;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;

/** The Outline tool window: the ViewModel's entries; a click jumps there. */
public final class OutlineView extends ListView<OutlineViewModel.Item> {

    public OutlineView(OutlineViewModel vm) {
        setId("outlineToolWindow");
        setPlaceholder(new Label("No outline"));
        setItems(vm.items());
        setOnMouseClicked(e -> vm.reveal(getSelectionModel().getSelectedItem()));
    }
}
