package io.skillstudio.app.studio.actions;

import java.util.Set;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;

/**
 * The registry's shortcuts for a whole window, whatever has focus. Installed as a scene event filter,
 * so they run before a focused control can consume the key: a RichTextFX area consumes key events
 * (RichTextFX issue #185), and a table or text field takes others, which would stop menu accelerators.
 * A shortcut whose action cannot run now passes through untouched.
 */
public final class SceneShortcuts implements EventHandler<KeyEvent> {

    /** Text controls do these themselves, each with its own undo history. */
    private static final Set<StudioAction> CONTROL_OWN = Set.of(StudioAction.UNDO, StudioAction.REDO);

    private final ActionRegistry registry;

    private SceneShortcuts(ActionRegistry registry) {
        this.registry = registry;
    }

    public static void install(Scene scene, ActionRegistry registry) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, new SceneShortcuts(registry));
    }

    @Override
    public void handle(KeyEvent e) {
        for (StudioAction a : StudioAction.values()) {
            if (CONTROL_OWN.contains(a) || !registry.executableProperty(a).get()) {
                continue;
            }
            if (registry.keys().combination(a).filter(k -> k.match(e)).isPresent()) {
                e.consume();
                registry.execute(a);
                return;
            }
        }
    }
}
