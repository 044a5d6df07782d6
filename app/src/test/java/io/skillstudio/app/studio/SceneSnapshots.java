package io.skillstudio.app.studio;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** PNG snapshots of scene nodes for docs/screenshots (works under Monocle, no real screen needed). */
public final class SceneSnapshots {

    private SceneSnapshots() {}

    /** Lets layout, CSS and background work settle before a snapshot. */
    public static void settle() throws InterruptedException {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(1200);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Writes {@code node} as a PNG to {@code file}, creating its folder. */
    public static void snap(FxRobot robot, Node node, Path file) throws IOException {
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = node.snapshot(null, null));
        PixelReader r = img[0].getPixelReader();
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(b, "png", file.toFile());
    }
}
