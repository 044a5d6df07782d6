package io.skillstudio.app.studio.actions;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Which command each action runs in this window. Each action has an executable and a checked property
 * of its own that follow the command bound later, so menus, toolbar buttons and context menus can be
 * built before the commands exist (the window is laid out before its commands are bound) and still
 * enable themselves from application state.
 */
public final class ActionRegistry {

    private final Map<StudioAction, Command> commands = new EnumMap<>(StudioAction.class);
    private final Map<StudioAction, ReadOnlyBooleanWrapper> executable = new EnumMap<>(StudioAction.class);
    private final Map<StudioAction, ReadOnlyBooleanWrapper> checked = new EnumMap<>(StudioAction.class);
    private final KeyBindings keys;

    public ActionRegistry(KeyBindings keys) {
        this.keys = keys;
        for (StudioAction a : StudioAction.values()) {
            executable.put(a, new ReadOnlyBooleanWrapper(this, a.id() + ".executable", false));
            checked.put(a, new ReadOnlyBooleanWrapper(this, a.id() + ".checked", false));
        }
    }

    /** Binds {@code action} to {@code command}, replacing an earlier command. */
    public ActionRegistry bind(StudioAction action, Command command) {
        commands.put(action, command);
        executable.get(action).bind(command.executable());
        ReadOnlyBooleanWrapper check = checked.get(action);
        command.checkedState().ifPresentOrElse(check::bind, () -> {
            check.unbind();
            check.set(false);
        });
        return this;
    }

    public Optional<Command> command(StudioAction action) {
        return Optional.ofNullable(commands.get(action));
    }

    /** True while the action's command can run; false while no command is bound. */
    public ReadOnlyBooleanProperty executableProperty(StudioAction action) {
        return executable.get(action).getReadOnlyProperty();
    }

    /** A toggle's state (false for actions that are not toggles). */
    public ReadOnlyBooleanProperty checkedProperty(StudioAction action) {
        return checked.get(action).getReadOnlyProperty();
    }

    public KeyBindings keys() {
        return keys;
    }

    public void execute(StudioAction action) {
        command(action).ifPresent(Command::executeIfPossible);
    }
}
