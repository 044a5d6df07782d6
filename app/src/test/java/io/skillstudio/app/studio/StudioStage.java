package io.skillstudio.app.studio;

import io.skillstudio.app.studio.shell.StudioContext;
import io.skillstudio.app.studio.shell.StudioShell;
import java.nio.file.Path;
import javafx.stage.Stage;

/**
 * The studio as the TestFX ITs start it in their {@code @Start} method: a {@link StudioShell} on TestFX's
 * stage, 1280 x 800 (wide enough for every tool window), shown. {@code shell = StudioStage.show(stage, tmp);}
 */
public final class StudioStage {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private StudioStage() {}

    /** The studio with its home in {@code tmp/home} and {@link TestPackages#validator()}. */
    public static StudioShell show(Stage stage, Path tmp) {
        return show(stage, new StudioContext(tmp.resolve("home"), TestPackages.validator(), false));
    }

    /** The studio with a context of the test's own (a validator with extra findings, a fake judge, ...). */
    public static StudioShell show(Stage stage, StudioContext context) {
        StudioShell shell = new StudioShell(stage, context);
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.show();
        return shell;
    }
}
