package io.skillstudio.app.studio.actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;
import org.fxmisc.wellbehaved.event.EventPattern;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

/**
 * Window shortcuts inside a RichTextFX area. The area consumes key events, so menu accelerators never
 * fire while it has focus (RichTextFX issue #185); the registry's shortcuts are installed on it too.
 */
public final class EditorShortcuts {

    /** The area does these itself, with its own undo manager. */
    private static final Set<StudioAction> AREA_OWN = Set.of(StudioAction.UNDO, StudioAction.REDO);

    private EditorShortcuts() {}

    public static void install(Node area, ActionRegistry registry) {
        List<InputMap<KeyEvent>> maps = new ArrayList<>();
        for (StudioAction a : StudioAction.values()) {
            if (AREA_OWN.contains(a)) {
                continue;
            }
            registry.keys().combination(a).ifPresent(k -> maps.add(
                    InputMap.consume(EventPattern.keyPressed(k), e -> registry.execute(a))));
        }
        @SuppressWarnings("unchecked")
        InputMap<KeyEvent>[] array = maps.toArray(new InputMap[0]);
        Nodes.addInputMap(area, InputMap.sequence(array));
    }
}
