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
        // "--open=<folder>" opens a package directly (scripts, screenshots).
        String open = getParameters().getNamed().get("open");
        if (open != null && Files.isDirectory(Path.of(open))) {
            shell.open(Path.of(open));
        } else {
            shell.offerRecovery();
        }
    }
}
