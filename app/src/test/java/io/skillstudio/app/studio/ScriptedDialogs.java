package io.skillstudio.app.studio;

import io.skillstudio.app.studio.dialogs.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A DialogService for ViewModel tests: answers come from queues, every question is recorded. */
public final class ScriptedDialogs implements DialogService {

    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public final Deque<OverwriteChoice> overwriteAnswers = new ArrayDeque<>();
    public final Deque<String> promptAnswers = new ArrayDeque<>();
    public final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    public final Deque<Path> folderAnswers = new ArrayDeque<>();
    /** What File › Open's chooser returns, in turn (nothing when empty). */
    public final Deque<Path> packageAnswers = new ArrayDeque<>();

    public final Deque<Path> fileAnswers = new ArrayDeque<>();

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        asked.add("confirm: " + title + "\n" + message);
        return confirmAnswers.isEmpty() ? false : confirmAnswers.pop();
    }

    @Override
    public SaveChoice askSave(String message) {
        asked.add("save: " + message);
        return saveAnswers.isEmpty() ? SaveChoice.CANCEL : saveAnswers.pop();
    }

    @Override
    public ConflictChoice askConflict(String path) {
        asked.add("conflict: " + path);
        return ConflictChoice.KEEP_MINE;
    }

    @Override
    public OverwriteChoice askOverwrite(String path) {
        asked.add("overwrite: " + path);
        return overwriteAnswers.isEmpty() ? OverwriteChoice.CANCEL : overwriteAnswers.pop();
    }

    @Override
    public Optional<String> prompt(String title, String label, String initial) {
        asked.add("prompt: " + title);
        return Optional.ofNullable(promptAnswers.poll());
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + "\n" + message);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        asked.add("folder: " + title);
        return Optional.ofNullable(folderAnswers.poll());
    }

    @Override
    public Optional<Path> chooseZip(String title) {
        asked.add("zip: " + title);
        return Optional.empty();
    }

    @Override
    public Optional<Path> choosePackage(String title) {
        asked.add("package: " + title);
        return Optional.ofNullable(packageAnswers.poll());
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initialDir) {
        asked.add("file: " + title);
        return Optional.ofNullable(fileAnswers.poll());
    }

    /** The questions of a kind ({@code "confirm"}, {@code "folder"}, ...), without their prefix. */
    public List<String> questions(String kind) {
        return asked.stream()
                .filter(q -> q.startsWith(kind + ": "))
                .map(q -> q.substring(kind.length() + 2))
                .toList();
    }
}
