package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.actions.Command;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.editor.CodeEditor;
import io.skillstudio.app.studio.project.FileKind;
import io.skillstudio.app.studio.settings.Theme;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;

/** Binds every action of the registry to what it does in this window. */
final class StudioCommands {

    /** Window-level operations the commands need and the shell provides. */
    interface Shell {
        void newSkill();

        void openPackage();

        void importBundle();

        void showWelcome();

        void showSettings();

        void exit();

        void findAction();

        void togglePreview();

        ObservableBooleanValue previewShown();

        Optional<CodeEditor> currentEditor();

        Workbench workbench();
    }

    private StudioCommands() {}

    static void bind(ActionRegistry r, StudioViewModel vm, Shell shell) {
        ObservableBooleanValue open = vm.packageOpenProperty();
        ObservableBooleanValue doc = vm.documentSelectedProperty();
        // Rename and Delete act on files only: with a folder selected in the tree they are disabled rather
        // than falling back to the open tab's file, which the user did not point at.
        BooleanBinding fileSelected = Bindings.createBooleanBinding(
                () -> open.get() && selectedPath(shell, vm).isPresent(),
                open,
                shell.workbench().tree().getSelectionModel().selectedItemProperty(),
                vm.project().selectedProperty());
        r.bind(StudioAction.NEW_SKILL, Command.always(shell::newSkill))
                .bind(StudioAction.OPEN, Command.always(shell::openPackage))
                .bind(StudioAction.IMPORT_BUNDLE, Command.always(shell::importBundle))
                .bind(StudioAction.SAVE, Command.when(doc, vm.saving()::saveSelected))
                .bind(StudioAction.SAVE_ALL, Command.when(open, vm.saving()::saveAll))
                .bind(
                        StudioAction.CLOSE_TAB,
                        Command.when(
                                doc,
                                () -> vm.saving()
                                        .close(vm.project().selectedProperty().get())))
                .bind(StudioAction.WELCOME, Command.always(shell::showWelcome))
                .bind(StudioAction.SETTINGS, Command.always(shell::showSettings))
                .bind(StudioAction.EXIT, Command.always(shell::exit))
                .bind(
                        StudioAction.UNDO,
                        Command.when(doc, editor(shell, e -> e.area().undo())))
                .bind(
                        StudioAction.REDO,
                        Command.when(doc, editor(shell, e -> e.area().redo())))
                .bind(StudioAction.FIND, Command.when(doc, editor(shell, e -> e.showFind(false))))
                .bind(StudioAction.REPLACE, Command.when(doc, editor(shell, e -> e.showFind(true))))
                .bind(StudioAction.FIND_ACTION, Command.always(shell::findAction))
                .bind(
                        StudioAction.NEXT_TAB,
                        Command.when(doc, () -> shell.workbench().tabs().selectNext()))
                .bind(
                        StudioAction.TOGGLE_PROJECT,
                        Command.toggle(shell.workbench().projectShownProperty()))
                .bind(
                        StudioAction.TOGGLE_PROBLEMS,
                        Command.toggle(shell.workbench().problemsShownProperty()))
                .bind(
                        StudioAction.TOGGLE_RESOURCES,
                        Command.toggle(shell.workbench().resourcesShownProperty()))
                .bind(
                        StudioAction.TOGGLE_OUTLINE,
                        Command.toggle(shell.workbench().outlineShownProperty()))
                .bind(StudioAction.TOGGLE_TRY, Command.toggle(shell.workbench().tryShownProperty()))
                .bind(StudioAction.PREVIEW, new Command(shell::togglePreview, doc, shell.previewShown()))
                .bind(StudioAction.TOGGLE_THEME, Command.always(() -> {
                    ObjectProperty<Theme> t = vm.settings().themeProperty();
                    t.set(t.get() == Theme.LIGHT ? Theme.DARK : Theme.LIGHT);
                    vm.settings().save();
                }))
                .bind(StudioAction.FONT_BIGGER, Command.always(() -> font(vm, +1)))
                .bind(StudioAction.FONT_SMALLER, Command.always(() -> font(vm, -1)))
                .bind(StudioAction.VALIDATE, Command.when(open, vm::validateNow))
                .bind(StudioAction.REFRESH, Command.when(open, () -> {
                    vm.saving().checkExternalChanges();
                    vm.project().refresh(vm::validateNow);
                }))
                .bind(
                        StudioAction.NEW_RUBRIC,
                        Command.when(open, () -> vm.files().newFile(FileKind.RUBRIC)))
                .bind(
                        StudioAction.NEW_CHECKLIST,
                        Command.when(open, () -> vm.files().newFile(FileKind.CHECKLIST)))
                .bind(
                        StudioAction.NEW_VERIFIER,
                        Command.when(open, () -> vm.files().newFile(FileKind.VERIFIER)))
                .bind(
                        StudioAction.NEW_REFERENCE,
                        Command.when(open, () -> vm.files().newFile(FileKind.REFERENCE)))
                .bind(StudioAction.NEW_FILE, Command.when(open, () -> vm.files().newFile(FileKind.OTHER)))
                .bind(
                        StudioAction.RENAME,
                        Command.when(fileSelected, () -> selectedPath(shell, vm).ifPresent(vm.files()::rename)))
                .bind(
                        StudioAction.DELETE,
                        Command.when(fileSelected, () -> selectedPath(shell, vm).ifPresent(vm.files()::delete)));
    }

    /** The file selected in the tree (empty for a folder), else the open tab's file when the tree has no selection. */
    private static Optional<String> selectedPath(Shell shell, StudioViewModel vm) {
        if (shell.workbench().tree().getSelectionModel().getSelectedItem() != null) {
            return shell.workbench().tree().selectedFile();
        }
        return Optional.ofNullable(vm.project().selectedProperty().get()).map(d -> d.path());
    }

    private static Runnable editor(Shell shell, Consumer<CodeEditor> op) {
        return () -> shell.currentEditor().ifPresent(op);
    }

    private static void font(StudioViewModel vm, int delta) {
        IntegerProperty size = vm.settings().fontSizeProperty();
        size.set(Math.max(8, Math.min(40, size.get() + delta)));
        vm.settings().save();
    }
}
