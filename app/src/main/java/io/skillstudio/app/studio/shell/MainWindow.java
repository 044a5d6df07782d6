package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.actions.ActionFactory;
import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.editor.CodeEditor;
import io.skillstudio.app.studio.editor.Document;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's layout: menu bar and toolbar built from the action registry, the welcome screen
 * or the workbench in the middle, and the status bar.
 */
public final class MainWindow extends BorderPane {

    private static final List<List<StudioAction>> FILE = List.of(
            List.of(
                    StudioAction.NEW_SKILL,
                    StudioAction.OPEN,
                    StudioAction.IMPORT_BUNDLE,
                    StudioAction.OPEN_RUN,
                    StudioAction.EXPORT_BUNDLE),
            List.of(StudioAction.SAVE, StudioAction.SAVE_ALL, StudioAction.CLOSE_TAB),
            List.of(StudioAction.WELCOME, StudioAction.SETTINGS),
            List.of(StudioAction.EXIT));
    private static final List<List<StudioAction>> EDIT = List.of(
            List.of(StudioAction.UNDO, StudioAction.REDO),
            List.of(StudioAction.FIND, StudioAction.REPLACE),
            List.of(StudioAction.FIND_ACTION));
    private static final List<List<StudioAction>> VIEW = List.of(
            List.of(
                    StudioAction.TOGGLE_PROJECT,
                    StudioAction.TOGGLE_PROBLEMS,
                    StudioAction.TOGGLE_RESOURCES,
                    StudioAction.TOGGLE_OUTLINE,
                    StudioAction.TOGGLE_RUN,
                    StudioAction.TOGGLE_ROUTING,
                    StudioAction.TOGGLE_TRY,
                    StudioAction.PREVIEW,
                    StudioAction.NEXT_TAB),
            List.of(StudioAction.TOGGLE_THEME, StudioAction.FONT_BIGGER, StudioAction.FONT_SMALLER));
    private static final List<List<StudioAction>> PACKAGE = List.of(
            List.of(StudioAction.VALIDATE, StudioAction.REFRESH),
            List.of(
                    StudioAction.NEW_RUBRIC,
                    StudioAction.NEW_CHECKLIST,
                    StudioAction.NEW_VERIFIER,
                    StudioAction.NEW_REFERENCE,
                    StudioAction.NEW_FILE),
            List.of(StudioAction.RENAME, StudioAction.DELETE),
            List.of(
                    StudioAction.BUMP_PATCH,
                    StudioAction.BUMP_MINOR,
                    StudioAction.BUMP_MAJOR,
                    StudioAction.COMMIT,
                    StudioAction.TAG_RELEASE,
                    StudioAction.HISTORY,
                    StudioAction.COMPARE_RUNS));
    private static final List<List<StudioAction>> RUN =
            List.of(List.of(StudioAction.RUN_EVALUATE, StudioAction.RUN_RERUN, StudioAction.RUN_CANCEL));
    private static final List<StudioAction> TOOLBAR = Arrays.asList( // null is a separator
            StudioAction.NEW_SKILL,
            StudioAction.OPEN,
            null,
            StudioAction.SAVE,
            StudioAction.SAVE_ALL,
            null,
            StudioAction.UNDO,
            StudioAction.REDO,
            null,
            StudioAction.FIND,
            StudioAction.VALIDATE,
            StudioAction.PREVIEW,
            null,
            StudioAction.RUN_EVALUATE,
            StudioAction.RUN_CANCEL,
            null,
            StudioAction.FIND_ACTION,
            StudioAction.TOGGLE_THEME);

    private final Workbench workbench;
    private final StackPane center = new StackPane();

    public MainWindow(
            StudioViewModel vm,
            ActionRegistry registry,
            ObservableList<Task<?>> running,
            BiFunction<Document, CodeEditor, Node> editorContent) {
        setId("mainWindow");
        ActionFactory factory = new ActionFactory(registry);
        workbench = new Workbench(vm, factory, editorContent);
        MenuBar menus = new MenuBar(
                menu("File", FILE, factory),
                menu("Edit", EDIT, factory),
                menu("View", VIEW, factory),
                menu("Package", PACKAGE, factory),
                menu("Run", RUN, factory));
        menus.setUseSystemMenuBar(true);
        ToolBar toolbar = new ToolBar();
        for (StudioAction a : TOOLBAR) {
            toolbar.getItems().add(a == null ? new Separator(Orientation.VERTICAL) : factory.button(a));
        }
        setTop(new VBox(menus, toolbar));
        setCenter(center);
        setBottom(new StatusBar(
                vm.messageProperty(), vm.validation(), vm.project().selectedProperty(), running, vm::toggleLintMode));
    }

    private static Menu menu(String title, List<List<StudioAction>> groups, ActionFactory factory) {
        Menu m = new Menu(title);
        for (List<StudioAction> group : groups) {
            if (!m.getItems().isEmpty()) {
                m.getItems().add(new SeparatorMenuItem());
            }
            for (StudioAction a : group) {
                MenuItem item = factory.menuItem(a);
                m.getItems().add(item);
            }
        }
        return m;
    }

    public Workbench workbench() {
        return workbench;
    }

    /** Shows {@code content} (the welcome screen) instead of the workbench, or the workbench again with null. */
    public void showInCenter(Node content) {
        center.getChildren().setAll(content == null ? workbench : content);
    }
}
