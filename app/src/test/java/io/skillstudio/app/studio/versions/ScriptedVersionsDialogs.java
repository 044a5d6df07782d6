package io.skillstudio.app.studio.versions;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Answers the versions questions from queues and records what was asked. */
final class ScriptedVersionsDialogs implements VersionsDialogs {

    final Deque<String> texts = new ArrayDeque<>();
    final Deque<IgnoredAnswer> ignored = new ArrayDeque<>();
    final Deque<Path> paths = new ArrayDeque<>();
    final Deque<Boolean> confirms = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    final List<String> infos = new ArrayList<>();
    final List<List<String>> ignoredAsked = new ArrayList<>();

    @Override
    public Optional<String> commitMessage(String packageName) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public Optional<String> changelogNotes(String from, String to) {
        return Optional.ofNullable(texts.poll());
    }

    @Override
    public IgnoredAnswer askIgnored(List<String> files) {
        ignoredAsked.add(files);
        return ignored.isEmpty() ? IgnoredAnswer.CANCEL : ignored.poll();
    }

    @Override
    public Optional<Path> chooseBundleTarget(String suggestedName) {
        return Optional.ofNullable(paths.poll());
    }

    @Override
    public Optional<Path> chooseSamples(Path initialDir) {
        return Optional.ofNullable(paths.poll());
    }

    @Override
    public boolean confirm(String title, String message, String confirmText) {
        return !confirms.isEmpty() && confirms.poll();
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void showInfo(String title, String message) {
        infos.add(title + ": " + message);
    }
}
