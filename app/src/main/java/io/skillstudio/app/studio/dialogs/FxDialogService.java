package io.skillstudio.app.studio.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        ButtonType yes = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(owner.get());
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public SaveChoice askSave(String message) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.WARNING, message, save, discard, ButtonType.CANCEL);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Unsaved changes");
        a.initOwner(owner.get());
        Optional<ButtonType> r = a.showAndWait();
        if (r.filter(save::equals).isPresent()) {
            return SaveChoice.SAVE;
        }
        return r.filter(discard::equals).isPresent() ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public ConflictChoice askConflict(String path) {
        ButtonType reload = new ButtonType("Reload from disk", ButtonBar.ButtonData.YES);
        ButtonType keep = new ButtonType("Keep mine", ButtonBar.ButtonData.NO);
        Alert a = new Alert(
                Alert.AlertType.WARNING,
                path + " changed on disk. Reload it (your unsaved edits are lost) or keep your version?",
                reload,
                keep);
        a.setTitle("File changed on disk");
        a.setHeaderText("File changed on disk");
        a.initOwner(owner.get());
        return a.showAndWait().filter(reload::equals).isPresent() ? ConflictChoice.RELOAD : ConflictChoice.KEEP_MINE;
    }

    @Override
    public OverwriteChoice askOverwrite(String path) {
        ButtonType overwrite = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
        ButtonType reload = new ButtonType("Reload from disk", ButtonBar.ButtonData.NO);
        Alert a = new Alert(
                Alert.AlertType.WARNING,
                path + " was changed outside Skill Studio since it was opened. "
                        + "Overwrite those changes with yours, reload the disk version (your edits are lost), or cancel?",
                overwrite,
                reload,
                ButtonType.CANCEL);
        a.setTitle("File changed on disk");
        a.setHeaderText("File changed on disk");
        a.initOwner(owner.get());
        Optional<ButtonType> r = a.showAndWait();
        if (r.filter(overwrite::equals).isPresent()) {
            return OverwriteChoice.OVERWRITE;
        }
        return r.filter(reload::equals).isPresent() ? OverwriteChoice.RELOAD : OverwriteChoice.CANCEL;
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(title);
        d.setContentText(label);
        d.initOwner(owner.get());
        return d.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }

    @Override
    public void showError(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(owner.get());
        a.showAndWait();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle(title);
        return Optional.ofNullable(c.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseZip(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Skill bundles (*.zip)", "*.zip", "*.ZIP"));
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }

    /**
     * One file chooser for both kinds: native folder choosers cannot pick a zip and file choosers cannot
     * pick a folder, so a folder is opened by choosing its SKILL.md (as IDEs open a project by its pom.xml).
     */
    @Override
    public Optional<Path> choosePackage(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters()
                .addAll(
                        new FileChooser.ExtensionFilter(
                                "Skill packages and sample sets", "SKILL.md", "*.zip", "*.ZIP", "*.jsonl", "*.json"),
                        new FileChooser.ExtensionFilter(
                                "Skill packages (SKILL.md, *.zip)", "SKILL.md", "*.zip", "*.ZIP"),
                        new FileChooser.ExtensionFilter("Sample sets (*.jsonl, *.json)", "*.jsonl", "*.json"),
                        new FileChooser.ExtensionFilter("All files", "*"));
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initialDir) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        if (initialDir != null && Files.isDirectory(initialDir)) {
            c.setInitialDirectory(initialDir.toFile());
        }
        return Optional.ofNullable(c.showOpenDialog(owner.get())).map(File::toPath);
    }
}
