package io.skillstudio.app.studio.actions;

import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Builds menu items and toolbar buttons from the registry, so all of them share text, icon, key and
 * state. Each binds to the registry's per-action properties, not to a command, so it works whatever
 * order the window and its commands are built in.
 */
public final class ActionFactory {

    private final ActionRegistry registry;

    public ActionFactory(ActionRegistry registry) {
        this.registry = registry;
    }

    /** A menu bar item; toggles are check items whose mark follows the state. */
    public MenuItem menuItem(StudioAction action) {
        MenuItem item =
                action.isToggle() ? checkItem(action) : new MenuItem(action.text(), new FontIcon(action.icon()));
        item.setId("menu-" + action.id());
        registry.keys().combination(action).ifPresent(item::setAccelerator);
        item.disableProperty().bind(registry.executableProperty(action).not());
        item.setOnAction(e -> registry.execute(action));
        return item;
    }

    private CheckMenuItem checkItem(StudioAction action) {
        CheckMenuItem item = new CheckMenuItem(action.text());
        item.setSelected(registry.checkedProperty(action).get());
        // Not bound: clicking flips the item's own state before onAction runs, and a bound property
        // cannot be set. The command changes the real state, which then sets the mark.
        registry.checkedProperty(action).addListener((obs, old, now) -> item.setSelected(now));
        item.selectedProperty().addListener((obs, old, now) -> {
            if (now != registry.checkedProperty(action).get()) {
                item.setSelected(registry.checkedProperty(action).get());
            }
        });
        return item;
    }

    /** A context-menu item: same as a menu item but without the accelerator (it is global already). */
    public MenuItem contextItem(StudioAction action) {
        MenuItem item = menuItem(action);
        item.setId("context-" + action.id());
        item.setAccelerator(null);
        return item;
    }

    public Button button(StudioAction action) {
        Button b = new Button(null, new FontIcon(action.icon()));
        b.setId("tool-" + action.id());
        b.getStyleClass().add("flat");
        String tip = action.text()
                + registry.keys()
                        .combination(action)
                        .map(k -> " (" + k.getDisplayText() + ")")
                        .orElse("");
        b.setTooltip(new Tooltip(tip));
        b.disableProperty().bind(registry.executableProperty(action).not());
        b.setOnAction(e -> registry.execute(action));
        return b;
    }
}
