package io.skillstudio.app.studio.trace;

import java.util.Set;
import java.util.function.Supplier;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** A step tree: failed steps in red, steps that differ from the compared trace marked with ≠. */
final class StepTreeView extends TreeView<Step> {

    StepTreeView(String id, Supplier<Set<String>> differing) {
        setId(id);
        setShowRoot(true);
        setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(Step step, boolean empty) {
                super.updateItem(step, empty);
                getStyleClass().removeAll("step-failed", "step-differs");
                if (empty || step == null) {
                    setText(null);
                    return;
                }
                boolean differs = differing.get().contains(step.key());
                setText((differs ? "≠ " : "") + step.title());
                if (step.failed()) {
                    getStyleClass().add("step-failed");
                }
                if (differs) {
                    getStyleClass().add("step-differs");
                }
            }
        });
    }

    void show(Step root) {
        setRoot(root == null ? null : item(root));
    }

    /** The tree item of a step, by key, to select it. */
    TreeItem<Step> find(String key) {
        return getRoot() == null ? null : find(getRoot(), key);
    }

    private static TreeItem<Step> find(TreeItem<Step> item, String key) {
        if (item.getValue().key().equals(key)) {
            return item;
        }
        for (TreeItem<Step> c : item.getChildren()) {
            TreeItem<Step> hit = find(c, key);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static TreeItem<Step> item(Step s) {
        TreeItem<Step> item = new TreeItem<>(s);
        item.setExpanded(true);
        s.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }
}
