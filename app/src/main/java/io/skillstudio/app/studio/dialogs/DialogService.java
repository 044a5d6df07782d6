package io.skillstudio.app.studio.dialogs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Every dialog goes through here: it sets the owner window, and ViewModel tests replace it with a
 * scripted fake.
 */
public interface DialogService {

    /** The three answers of "save changes before closing?". */
    enum SaveChoice {
        SAVE,
        DISCARD,
        CANCEL
    }

    /** The two answers of "the file changed on disk". */
    enum ConflictChoice {
        RELOAD,
        KEEP_MINE
    }

    /** The answers of "the file changed on disk since you opened it; save over it?". */
    enum OverwriteChoice {
        OVERWRITE,
        RELOAD,
        CANCEL
    }

    boolean confirm(String title, String message, String confirmText);

    SaveChoice askSave(String message);

    ConflictChoice askConflict(String path);

    OverwriteChoice askOverwrite(String path);

    Optional<String> prompt(String title, String label, String initial);

    void showError(String title, String message);

    Optional<Path> chooseFolder(String title);

    Optional<Path> chooseZip(String title);

    /** A package to open: a folder's SKILL.md (the folder is meant) or a {@code .zip} bundle; or a sample set. */
    Optional<Path> choosePackage(String title);

    Optional<Path> chooseFile(String title, Path initialDir);
}
