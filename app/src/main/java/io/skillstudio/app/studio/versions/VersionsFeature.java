package io.skillstudio.app.studio.versions;

import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.actions.Command;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.model.versioning.BumpKind;
import java.time.Clock;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Composition of the versions features in a studio window: the ViewModel, the tool window (its own
 * stage beside the main one) and the bindings of the Package and File actions in the action registry.
 */
public final class VersionsFeature {

    private final VersionsViewModel vm;
    private final Window owner;
    private Stage window;
    private VersionsView view;

    public VersionsFeature(TaskExecutor executor, DialogService dialogs, Window owner, VersionsViewModel.Host host) {
        this(
                new VersionsViewModel(
                        executor, new FxVersionsDialogs(() -> owner, dialogs), host, Clock.systemDefaultZone()),
                owner);
    }

    VersionsFeature(VersionsViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
    }

    public VersionsViewModel viewModel() {
        return vm;
    }

    /** Binds the versions actions; all need an open package. */
    public void bind(ActionRegistry r, ObservableBooleanValue open) {
        r.bind(StudioAction.BUMP_PATCH, Command.when(open, () -> vm.bump(BumpKind.PATCH)))
                .bind(StudioAction.BUMP_MINOR, Command.when(open, () -> vm.bump(BumpKind.MINOR)))
                .bind(StudioAction.BUMP_MAJOR, Command.when(open, () -> vm.bump(BumpKind.MAJOR)))
                .bind(StudioAction.COMMIT, Command.when(open, vm::commit))
                .bind(StudioAction.TAG_RELEASE, Command.when(open, vm::tagRelease))
                .bind(StudioAction.HISTORY, Command.when(open, () -> show(VersionsView.Page.HISTORY)))
                .bind(StudioAction.COMPARE_RUNS, Command.when(open, () -> show(VersionsView.Page.RUNS)))
                .bind(StudioAction.EXPORT_BUNDLE, Command.when(open, vm::exportBundle));
    }

    /** Opens (or raises) the versions window on a page and reads the history again. */
    public void show(VersionsView.Page page) {
        if (window == null) {
            view = new VersionsView(vm);
            window = new Stage();
            window.initOwner(owner);
            window.setTitle("History — Skill Studio");
            Scene scene = new Scene(view, 1100, 640);
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            window.setScene(scene);
        }
        view.show(page);
        vm.refreshHistory();
        window.show();
        window.toFront();
    }

    /** The open window's view, for tests and screenshots. */
    public VersionsView view() {
        return view;
    }

    public Stage window() {
        return window;
    }
}
