package io.skillstudio.app.studio;

import io.skillstudio.app.studio.dialogs.DialogService;
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

    /** The studio with {@code tmp/home}, {@link TestPackages#validator()} and scripted dialogs. */
    public static StudioShell show(Stage stage, Path tmp, DialogService dialogs) {
        return show(
                new StudioShell(
                        stage, new StudioContext(tmp.resolve("home"), TestPackages.validator(), false), dialogs),
                stage);
    }

    /** The studio with a context of the test's own (a validator with extra findings, a fake judge, ...). */
    public static StudioShell show(Stage stage, StudioContext context) {
        return show(new StudioShell(stage, context), stage);
    }

    private static StudioShell show(StudioShell shell, Stage stage) {
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.show();
        return shell;
    }
}
