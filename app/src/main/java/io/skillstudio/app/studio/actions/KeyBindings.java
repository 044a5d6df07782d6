package io.skillstudio.app.studio.actions;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCombination;

/**
 * The keymap: defaults from {@link StudioAction}, overridden by the user's choices. Missing ids are
 * filled from the defaults, so a new action gets its shortcut even with an old settings file.
 */
public final class KeyBindings {

    private final Map<StudioAction, String> bindings = new EnumMap<>(StudioAction.class);

    public KeyBindings(Map<String, String> overrides) {
        for (StudioAction a : StudioAction.values()) {
            a.defaultShortcut().ifPresent(s -> bindings.put(a, s));
            if (overrides.containsKey(a.id())) {
                String o = overrides.get(a.id());
                if (o == null || o.isBlank()) {
                    bindings.remove(a);
                } else {
                    bindings.put(a, o);
                }
            }
        }
    }

    public static KeyBindings defaults() {
        return new KeyBindings(Map.of());
    }

    public Optional<String> shortcut(StudioAction action) {
        return Optional.ofNullable(bindings.get(action));
    }

    public Optional<KeyCombination> combination(StudioAction action) {
        return shortcut(action).flatMap(KeyBindings::parse);
    }

    public void set(StudioAction action, String shortcut) {
        if (shortcut == null || shortcut.isBlank()) {
            bindings.remove(action);
        } else {
            bindings.put(action, shortcut);
        }
    }

    /** Shortcuts bound to more than one action, by their normalised name. */
    public Map<String, List<StudioAction>> collisions() {
        Map<String, List<StudioAction>> byKey = bindings.entrySet().stream()
                .collect(Collectors.groupingBy(
                        e -> parse(e.getValue()).map(KeyCombination::getName).orElse(e.getValue()),
                        LinkedHashMap::new,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byKey.values().removeIf(list -> list.size() < 2);
        return byKey;
    }

    /** The user's changes only, for the settings file. */
    public Map<String, String> overrides() {
        Map<String, String> out = new LinkedHashMap<>();
        for (StudioAction a : StudioAction.values()) {
            String now = bindings.get(a);
            String def = a.defaultShortcut().orElse(null);
            if (!Objects.equals(now, def)) {
                out.put(a.id(), now == null ? "" : now);
            }
        }
        return out;
    }

    public static Optional<KeyCombination> parse(String s) {
        try {
            return Optional.of(KeyCombination.valueOf(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
