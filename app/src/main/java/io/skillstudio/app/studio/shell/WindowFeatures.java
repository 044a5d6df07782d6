package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.editor.CodeEditor;
import io.skillstudio.app.studio.editor.Document;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** The features around the workbench: welcome screen, wizard, settings, structured editors, preview. */
final class WindowFeatures {

    private final StudioViewModel vm;
    private final DialogService dialogs;
    private final ActionRegistry registry;
    private final StudioShell shell;

    WindowFeatures(StudioViewModel vm, DialogService dialogs, ActionRegistry registry, StudioShell shell) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.registry = registry;
        this.shell = shell;
    }

    Node editorContent(Document doc, CodeEditor editor) {
        return editor;
    }

    Node welcome() {
        return new Label("Welcome");
    }

    void newSkill() {}

    void importBundle() {}

    void showSettings() {}

    void togglePreview() {}
}
