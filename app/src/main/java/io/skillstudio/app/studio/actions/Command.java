package io.skillstudio.app.studio.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/** What an action does, and when it can (bound to application state, never toggled by hand). */
public record Command(Runnable run, ObservableBooleanValue executable) {

    public static Command always(Runnable run) {
        return new Command(run, Bindings.createBooleanBinding(() -> true));
    }

    public static Command when(ObservableBooleanValue executable, Runnable run) {
        return new Command(run, executable);
    }

    public void executeIfPossible() {
        if (executable.get()) {
            run.run();
        }
    }
}
