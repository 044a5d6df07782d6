package io.skillstudio.app.studio.actions;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What an action does, when it can (bound to application state, never toggled by hand), and for a
 * toggle whether it is on now (the View menu shows it as a check).
 *
 * @param checked the toggle's state, or null for an action that is not a toggle
 */
public record Command(Runnable run, ObservableBooleanValue executable, ObservableBooleanValue checked) {

    public Command(Runnable run, ObservableBooleanValue executable) {
        this(run, executable, null);
    }

    public static Command always(Runnable run) {
        return new Command(run, Bindings.createBooleanBinding(() -> true));
    }

    public static Command when(ObservableBooleanValue executable, Runnable run) {
        return new Command(run, executable);
    }

    /** A toggle of {@code state}: always executable, checked while the state is true. */
    public static Command toggle(BooleanProperty state) {
        return new Command(() -> state.set(!state.get()), Bindings.createBooleanBinding(() -> true), state);
    }

    public Optional<ObservableBooleanValue> checkedState() {
        return Optional.ofNullable(checked);
    }

    public void executeIfPossible() {
        if (executable.get()) {
            run.run();
        }
    }
}
