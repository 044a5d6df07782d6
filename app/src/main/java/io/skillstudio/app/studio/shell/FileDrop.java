package io.skillstudio.app.studio.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * Dropping a file on the window opens it as File › Open would: a package folder, its SKILL.md, a zip,
 * or a sample set. Drops that carry no file are left to the control under the pointer (text editors
 * take dropped text).
 */
final class FileDrop {

    private FileDrop() {}

    static void install(Scene scene, Consumer<Path> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !e.isConsumed()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles() || e.isConsumed()) {
                return;
            }
            // One at a time: opening a package replaces the open one, so the first file is what is meant.
            File first = e.getDragboard().getFiles().get(0);
            e.setDropCompleted(true);
            e.consume();
            open.accept(first.toPath());
        });
    }
}
