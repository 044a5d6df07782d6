package io.skillstudio.app.studio.routing;

import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.actions.Command;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.project.ProjectViewModel;
import io.skillstudio.evaluator.routing.LazyEmbeddings;
import io.skillstudio.evaluator.routing.MiniLmEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;

/**
 * Puts the routing debugger into a studio window: the View › Routing toggle, and a tool window whose
 * skills default to the open package's folder of packages and whose sample set defaults to the package's
 * {@code evals/samples.jsonl}. The embedding model starts loading the first time the window is shown.
 */
public final class RoutingFeature {

    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ProjectViewModel project;
    private RoutingViewModel vm;
    private RoutingToolWindow window;

    public RoutingFeature(TaskExecutor executor, DialogService dialogs, ProjectViewModel project) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.project = project;
    }

    /** Binds the window toggle; call before the menus are built. */
    public void bind(ActionRegistry registry) {
        registry.bind(StudioAction.TOGGLE_ROUTING, Command.toggle(shown));
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    /**
     * The tool window; {@code openFile} opens a SKILL.md (in this package or another one) and
     * {@code openTrace} a sample's trace.
     */
    public Node createWindow(Consumer<Path> openFile, Consumer<String> openTrace) {
        ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "embedding-model-loader");
            t.setDaemon(true);
            return t;
        });
        LazyEmbeddings embeddings = new LazyEmbeddings(MiniLmEmbedder::new, task -> {
            // the model loads only once someone routes: a studio that never does pays nothing
            shown.addListener((o, was, is) -> {
                if (is) {
                    loader.execute(task);
                }
            });
            if (shown.get()) {
                loader.execute(task);
            }
        });
        vm = new RoutingViewModel(executor, embeddings, Platform::runLater);
        project.rootProperty().addListener((o, old, root) -> defaults(root));
        defaults(project.root());
        window = new RoutingToolWindow(
                vm,
                () -> dialogs.chooseFolder("Folder of skill packages").orElse(null),
                () -> dialogs.chooseFile("Sample set (JSONL)", project.root()).orElse(null),
                openFile,
                openTrace);
        return window;
    }

    /** The window's ViewModel (after {@link #createWindow}). */
    public RoutingViewModel viewModel() {
        return vm;
    }

    public RoutingToolWindow window() {
        return window;
    }

    private void defaults(Path root) {
        if (root == null || vm == null) {
            return;
        }
        Path parent = root.toAbsolutePath().getParent();
        vm.skillRoots().setAll(parent == null ? root : parent);
        Path samples = root.resolve("evals").resolve("samples.jsonl");
        if (Files.isRegularFile(samples)) {
            vm.sampleSetProperty().set(samples);
        }
    }
}
