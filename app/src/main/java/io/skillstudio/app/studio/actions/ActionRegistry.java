package io.skillstudio.app.studio.actions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which command each action runs in this window. */
public final class ActionRegistry {

    private final Map<StudioAction, Command> commands = new EnumMap<>(StudioAction.class);
    private final KeyBindings keys;

    public ActionRegistry(KeyBindings keys) {
        this.keys = keys;
    }

    public ActionRegistry bind(StudioAction action, Command command) {
        commands.put(action, command);
        return this;
    }

    public Optional<Command> command(StudioAction action) {
        return Optional.ofNullable(commands.get(action));
    }

    public KeyBindings keys() {
        return keys;
    }

    public void execute(StudioAction action) {
        command(action).ifPresent(Command::executeIfPossible);
    }
}
