package io.skillstudio.app.studio.actions;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** Builds menu items and toolbar buttons from the registry, so all of them share text, icon, key and state. */
public final class ActionFactory {

    private final ActionRegistry registry;

    public ActionFactory(ActionRegistry registry) {
        this.registry = registry;
    }

    public MenuItem menuItem(StudioAction action) {
        MenuItem item = new MenuItem(action.text(), new FontIcon(action.icon()));
        item.setId("menu-" + action.id());
        registry.keys().combination(action).ifPresent(item::setAccelerator);
        registry.command(action).ifPresent(c -> {
            item.disableProperty().bind(Bindings.not(c.executable()));
            item.setOnAction(e -> c.executeIfPossible());
        });
        if (registry.command(action).isEmpty()) {
            item.setDisable(true);
        }
        return item;
    }

    /** A context-menu item: same as a menu item but without the accelerator (it is global already). */
    public MenuItem contextItem(StudioAction action) {
        MenuItem item = menuItem(action);
        item.setAccelerator(null);
        return item;
    }

    public Button button(StudioAction action) {
        Button b = new Button(null, new FontIcon(action.icon()));
        b.setId("tool-" + action.id());
        b.getStyleClass().add("flat");
        String tip = action.text() + registry.keys().combination(action).map(k -> " (" + k.getDisplayText() + ")").orElse("");
        b.setTooltip(new Tooltip(tip));
        registry.command(action).ifPresent(c -> {
            b.disableProperty().bind(Bindings.not(c.executable()));
            b.setOnAction(e -> c.executeIfPossible());
        });
        return b;
    }
}
