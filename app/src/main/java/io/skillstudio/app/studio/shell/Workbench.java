package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.actions.ActionFactory;
import io.skillstudio.app.studio.editor.CodeEditor;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.editor.EditorTabs;
import io.skillstudio.app.studio.outline.OutlineView;
import io.skillstudio.app.studio.outline.OutlineViewModel;
import io.skillstudio.app.studio.problems.ProblemsView;
import io.skillstudio.app.studio.project.ProjectTreeView;
import io.skillstudio.app.studio.samples.TryResponseView;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The package workbench: project tree, editor tabs, and the tool windows around them. */
public final class Workbench extends BorderPane {

    private final ProjectTreeView tree;
    private final EditorTabs tabs;
    private final ProblemsView problems;
    private final BooleanProperty projectShown;
    private final BooleanProperty problemsShown;
    private final BooleanProperty resourcesShown;
    private final BooleanProperty outlineShown;
    private final BooleanProperty tryShown;
    private final ToolWindowSplit outer = new ToolWindowSplit(Orientation.VERTICAL);

    public Workbench(StudioViewModel vm, ActionFactory actions, BiFunction<Document, CodeEditor, Node> editorContent) {
        setId("workbench");
        var project = vm.project();
        tree = new ProjectTreeView(project, actions, path -> project.openDocument(path));
        tabs = new EditorTabs(
                project.documents(),
                project.selectedProperty(),
                vm::validateNow,
                vm.settings().fontSizeProperty(),
                vm.saving()::close,
                editorContent);
        problems = new ProblemsView(vm.validation().diagnosticsProperty(), vm::reveal);

        ToolWindowSplit right = new ToolWindowSplit(Orientation.VERTICAL);
        resourcesShown = right.add(
                panel(
                        "Resources",
                        new ResourcesToolWindow(vm.shownPackageProperty(), path -> project.openDocument(path))),
                0.5,
                true);
        outlineShown = right.add(
                panel(
                        "Outline",
                        new OutlineView(new OutlineViewModel(
                                project.selectedProperty(), vm.validation().diagnosticsProperty()))),
                0.5,
                true);

        ToolWindowSplit middle = new ToolWindowSplit(Orientation.HORIZONTAL);
        projectShown = middle.add(panel("Project", tree), 0.2, true);
        middle.add(tabs, 0.6, true);
        BooleanProperty rightShown = middle.add(right, 0.2, true);
        rightShown.bind(resourcesShown.or(outlineShown));

        ToolWindowSplit bottom = new ToolWindowSplit(Orientation.HORIZONTAL);
        problemsShown = bottom.add(panel("Problems", problems), 0.4, true);
        tryShown = bottom.add(panel("Try a response", new TryResponseView(vm.tryResponse())), 0.6, false);
        outer.add(middle, 0.75, true);
        outer.add(bottom, 0.25, true).bind(problemsShown.or(tryShown));
        setCenter(outer);
    }

    /**
     * Adds a tool window below the editors, under Problems; {@code shown} shows and hides it. It takes about
     * half the height when shown: results and traces need the room more than the editor does meanwhile.
     */
    public void addBottomToolWindow(String title, Node content, BooleanProperty shown) {
        outer.add(panel(title, content), 1.0, shown.get()).bindBidirectional(shown);
    }

    private static Node panel(String title, Node content) {
        Label header = new Label(title);
        header.getStyleClass().add("tool-window-title");
        header.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(header, content);
        box.getStyleClass().add("tool-window");
        VBox.setVgrow(content, Priority.ALWAYS);
        return box;
    }

    public EditorTabs tabs() {
        return tabs;
    }

    public ProjectTreeView tree() {
        return tree;
    }

    public BooleanProperty projectShownProperty() {
        return projectShown;
    }

    public BooleanProperty problemsShownProperty() {
        return problemsShown;
    }

    public BooleanProperty resourcesShownProperty() {
        return resourcesShown;
    }

    public BooleanProperty outlineShownProperty() {
        return outlineShown;
    }

    public BooleanProperty tryShownProperty() {
        return tryShown;
    }
}
