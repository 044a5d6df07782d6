package io.skillstudio.app.studio;

import io.skillstudio.app.studio.shell.StudioShell;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application. Launched through {@link StudioLauncher}, never as a main class. */
public final class StudioApp extends Application {

    @Override
    public void start(Stage stage) {
        StudioShell shell = new StudioShell(stage, StudioContext.standard());
        stage.show();
        // "--open=<folder|SKILL.md|zip>" opens a package directly (scripts, screenshots), as File › Open would.
        String open = getParameters().getNamed().get("open");
        if (open != null && Files.exists(Path.of(open))) {
            shell.openChosen(Path.of(open));
        } else {
            shell.offerRecovery();
        }
    }
}
