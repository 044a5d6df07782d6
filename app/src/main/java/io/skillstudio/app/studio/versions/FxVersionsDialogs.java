package io.skillstudio.app.studio.versions;

import io.skillstudio.app.studio.dialogs.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The versions questions as JavaFX dialogs; plain confirmations and errors go through the studio's DialogService. */
final class FxVersionsDialogs implements VersionsDialogs {

    private final Supplier<Window> owner;
    private final DialogService common;

    FxVersionsDialogs(Supplier<Window> owner, DialogService common) {
        this.owner = owner;
        this.common = common;
    }

    @Override
    public Optional<String> commitMessage(String packageName) {
        return text("Commit", "Commit the changes of " + packageName, "Message:", "");
    }

    @Override
    public Optional<String> changelogNotes(String from, String to) {
        return text(
                "Bump version",
                "Version " + from + " → " + to + ". A CHANGELOG.md entry is added.",
                "Notes (optional):",
                "");
    }

    private Optional<String> text(String title, String header, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(header);
        d.setContentText(label);
        d.getEditor().setId("versionsPrompt");
        return d.showAndWait();
    }

    @Override
    public IgnoredAnswer askIgnored(List<String> files) {
        ButtonType include = new ButtonType("Include them", ButtonBar.ButtonData.YES);
        ButtonType exclude = new ButtonType("Leave them out", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", include, exclude, ButtonType.CANCEL);
        a.initOwner(owner.get());
        a.setTitle("Export bundle");
        a.setHeaderText(files.size() + " file(s) would be ignored by upstream's loader");
        a.setContentText(String.join("\n", files) + "\n\nCarry them in the bundle anyway?");
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == include
                ? IgnoredAnswer.INCLUDE
                : answer == exclude ? IgnoredAnswer.EXCLUDE : IgnoredAnswer.CANCEL;
    }

    @Override
    public Optional<Path> chooseBundleTarget(String suggestedName) {
        FileChooser c = new FileChooser();
        c.setTitle("Export bundle");
        c.setInitialFileName(suggestedName);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip bundle", "*.zip"));
        return Optional.ofNullable(c.showSaveDialog(owner.get()))
                .map(File::toPath)
                .map(p -> p.getFileName().toString().endsWith(".zip") ? p : p.resolveSibling(p.getFileName() + ".zip"));
    }

    @Override
    public Optional<Path> chooseSamples(Path initialDir) {
        return common.chooseFile("Sample set to run on both versions", initialDir);
    }

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        return common.confirm(title, message, confirmText);
    }

    @Override
    public void showError(String title, String message) {
        common.showError(title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        a.showAndWait();
    }
}
