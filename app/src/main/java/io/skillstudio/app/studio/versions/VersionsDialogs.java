package io.skillstudio.app.studio.versions;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions the versions features ask; the studio shows dialogs, ViewModel tests script the answers. */
public interface VersionsDialogs {

    /** The answers to "files upstream ignores: carry them in the bundle?". */
    enum IgnoredAnswer {
        INCLUDE,
        EXCLUDE,
        CANCEL
    }

    Optional<String> commitMessage(String packageName);

    /** Notes for the changelog entry of a bump; empty means cancelled, "" means no notes. */
    Optional<String> changelogNotes(String from, String to);

    IgnoredAnswer askIgnored(List<String> files);

    Optional<Path> chooseBundleTarget(String suggestedName);

    Optional<Path> chooseSamples(Path initialDir);

    boolean confirm(String title, String message, String confirmText);

    void showError(String title, String message);

    void showInfo(String title, String message);
}
