package io.skillstudio.app.studio;

import io.skillstudio.app.studio.shell.StartupClock;
import io.skillstudio.app.studio.shell.StudioContext;
import io.skillstudio.app.studio.shell.StudioShell;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application. Launched through {@link StudioLauncher}, never as a main class. */
public final class StudioApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(StudioApp.class);

    @Override
    public void start(Stage stage) {
        StudioShell shell = new StudioShell(stage, StudioContext.standard());
        stage.show();
        StartupClock.mark("window shown");
        // "--open=<folder|SKILL.md|zip>" opens a package directly (scripts, screenshots), as File › Open would.
        // Recovery is offered first, with or without --open: another session's unsaved work outranks it.
        String open = getParameters().getNamed().get("open");
        boolean restoring = shell.offerRecovery();
        if (open != null && Files.exists(Path.of(open))) {
            if (restoring) {
                LOG.info("not opening {}: restoring unsaved work instead", open);
            } else {
                String samples = getParameters().getNamed().get("samples");
                if (samples != null && Files.isDirectory(Path.of(open))) {
                    shell.openWithSamples(Path.of(open), Path.of(samples));
                } else {
                    shell.openChosen(Path.of(open));
                }
            }
        }
    }
}
