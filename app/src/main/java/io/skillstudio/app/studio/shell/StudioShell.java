package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.actions.ActionFactory;
import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.actions.FindActionPopup;
import io.skillstudio.app.studio.actions.KeyBindings;
import io.skillstudio.app.studio.actions.SceneShortcuts;
import io.skillstudio.app.studio.concurrent.UiTaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.dialogs.FxDialogService;
import io.skillstudio.app.studio.editor.CodeEditor;
import io.skillstudio.app.studio.routing.RoutingFeature;
import io.skillstudio.app.studio.run.RunFeature;
import io.skillstudio.app.studio.run.StudioJudge;
import io.skillstudio.app.studio.settings.JudgeSettingsViewModel;
import io.skillstudio.app.studio.settings.StudioSettings;
import io.skillstudio.app.studio.settings.ThemeManager;
import io.skillstudio.app.studio.settings.WindowBounds;
import io.skillstudio.app.studio.versions.VersionsFeature;
import io.skillstudio.app.studio.versions.VersionsViewModel;
import io.skillstudio.app.studio.welcome.PackageOpener;
import io.skillstudio.app.workspace.RecoveryStore;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The composition root of one studio window: builds the ViewModels and views, binds the actions,
 * and owns the window-level behaviour (welcome screen, closing, autosave timer, focus checks).
 */
public final class StudioShell implements StudioCommands.Shell {

    private static final Duration AUTOSAVE_EVERY = Duration.seconds(5);

    private final Stage stage;
    private final StudioViewModel vm;
    private final ActionRegistry registry;
    private final MainWindow window;
    private final DialogService dialogs;
    private final FindActionPopup findAction;
    private final WindowFeatures features;
    private final PackageOpener opener;
    private final RunFeature runs;
    private final RoutingFeature routing;
    private Runnable platformExit = Platform::exit;
    private final VersionsFeature versions;

    public StudioShell(Stage stage, StudioContext context) {
        this(stage, context, new FxDialogService(() -> stage));
    }

    /** With the dialogs given: tests answer them from a script. */
    public StudioShell(Stage stage, StudioContext context, DialogService dialogs) {
        this.stage = stage;
        UiTaskExecutor executor = new UiTaskExecutor();
        StudioSettings settings = new StudioSettings(context.home()).load();
        this.dialogs = dialogs;
        this.vm = new StudioViewModel(
                executor, settings, dialogs, new RecoveryStore(context.home()), context.validator());
        this.registry = new ActionRegistry(new KeyBindings(settings.keyOverrides()));
        this.features = new WindowFeatures(vm, dialogs, registry, this, context, executor);
        StudioJudge judge = new StudioJudge(
                new JudgeSettingsViewModel(settings.judge(), context.env(), context.connectionTester(), executor)
                        ::settings,
                Optional.of(StudioJudge.cacheIn(context.home())),
                context.env());
        this.runs = new RunFeature(executor, dialogs, vm.project(), context.home(), judge.settings(), context.env());
        runs.bind(registry);
        this.routing = new RoutingFeature(executor, dialogs, vm.project());
        routing.bind(registry);
        // Bound before the menus are built: a menu item takes its command when it is created.
        this.versions = new VersionsFeature(
                executor,
                dialogs,
                stage,
                new VersionsViewModel.Host(
                        vm.project()::root,
                        vm.project()::hasDirtyDocuments,
                        pkg -> context.validator()
                                .apply(pkg, vm.settings().lintModeProperty().get()),
                        () -> vm.project().refresh(vm::validateNow),
                        judge,
                        runs::compareTraces));
        versions.bind(registry, vm.packageOpenProperty());
        this.window = new MainWindow(vm, registry, executor.running(), features::editorContent);
        StudioCommands.bind(registry, vm, this);
        window.workbench()
                .addBottomToolWindow("Run", runs.createWindow(new ActionFactory(registry)), runs.shownProperty());
        window.workbench()
                .addBottomToolWindow(
                        "Routing",
                        routing.createWindow(this::openSkillFile, id -> {
                            if (!runs.showSample(id)) {
                                dialogs.showError(
                                        "No trace for " + id,
                                        "Run the sample set first: the trace viewer shows the samples of the current run.");
                            }
                        }),
                        routing.shownProperty());
        this.findAction = new FindActionPopup(registry);
        this.opener = new PackageOpener(executor, dialogs, this::openAfterConfirm, this::openSampleFile);

        WindowBounds last = settings.windowProperty().get();
        Scene scene = new Scene(window, last == null ? 1280 : last.width(), last == null ? 800 : last.height());
        placeAt(last);
        SceneShortcuts.install(scene, registry);
        FileDrop.install(scene, this::openChosen);
        ThemeManager.apply(scene, settings.themeProperty().get());
        settings.themeProperty().addListener((obs, old, t) -> ThemeManager.apply(scene, t));
        stage.setScene(scene);
        stage.setTitle("Skill Studio");
        stage.setOnCloseRequest(e -> {
            if (!vm.confirmDiscardAll()) {
                e.consume();
            } else {
                rememberBounds();
                vm.recovery().store().close();
            }
        });
        // Coming back to the window is when files edited elsewhere are noticed.
        stage.focusedProperty().addListener((obs, old, focused) -> {
            if (focused && vm.project().root() != null) {
                vm.saving().checkExternalChanges();
            }
        });
        vm.project()
                .rootProperty()
                .addListener((obs, old, root) ->
                        stage.setTitle(root == null ? "Skill Studio" : root.getFileName() + " — Skill Studio"));
        if (context.autosaveTimer()) {
            Timeline autosave =
                    new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> vm.recovery().autosave()));
            autosave.setCycleCount(Timeline.INDEFINITE);
            autosave.play();
        }
        showWelcome();
    }

    /** Puts the window where it was last time, if that place is still on a screen. */
    private void placeAt(WindowBounds last) {
        if (last == null) {
            return;
        }
        if (!Screen.getScreensForRectangle(last.x(), last.y(), last.width(), last.height())
                .isEmpty()) {
            stage.setX(last.x());
            stage.setY(last.y());
        }
        stage.setMaximized(last.maximized());
    }

    private void rememberBounds() {
        // The scene's size, not the stage's: that one includes the decorations and would grow each start.
        vm.settings()
                .windowProperty()
                .set(new WindowBounds(
                        stage.getX(),
                        stage.getY(),
                        stage.getScene().getWidth(),
                        stage.getScene().getHeight(),
                        stage.isMaximized()));
        vm.settings().save();
    }

    /** What File › Exit does after the window closed; a test that exits must not end the toolkit. */
    void onPlatformExit(Runnable exit) {
        this.platformExit = exit;
    }

    public StudioViewModel viewModel() {
        return vm;
    }

    public MainWindow window() {
        return window;
    }

    public ActionRegistry registry() {
        return registry;
    }

    /** A SKILL.md from the routing window: in this package it opens in the editor, else its package opens. */
    private void openSkillFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (!openInPackage(abs) && abs.getParent() != null) {
            openAfterConfirm(abs.getParent());
        }
    }

    /** Opens a file of the open package in the editor; false when it is not in the package. */
    private boolean openInPackage(Path abs) {
        Path root = vm.project().root();
        if (root == null || !abs.startsWith(root.toAbsolutePath().normalize())) {
            return false;
        }
        vm.project()
                .openDocument(root.toAbsolutePath()
                        .normalize()
                        .relativize(abs)
                        .toString()
                        .replace('\\', '/'));
        return true;
    }

    /** The routing debugger of this window. */
    public RoutingFeature routing() {
        return routing;
    }

    /** Runs, results and the trace viewer of this window. */
    public RunFeature runs() {
        return runs;
    }

    /** The versions features (history, diff, drift, export) of this window. */
    public VersionsFeature versions() {
        return versions;
    }

    public Stage stage() {
        return stage;
    }

    /** Opens a package folder and shows the workbench. */
    public void open(Path folder) {
        vm.openPackage(folder, () -> {
            window.showInCenter(null);
            StartupClock.packageLoaded();
        });
    }

    /** Opens a package folder, then a sample file as File › Open would ({@code skillstudio PKG SAMPLES}). */
    public void openWithSamples(Path folder, Path samples) {
        vm.openPackage(folder, () -> {
            window.showInCenter(null);
            StartupClock.packageLoaded();
            openSampleFile(samples);
        });
    }

    /**
     * Offers the buffers of every session that did not close properly, one package at a time. The first
     * accepted is opened and restored (the rest wait for the next start); a declined one is deleted only
     * after a second, explicit confirmation. Returns true when a restore was started.
     */
    public boolean offerRecovery() {
        for (RecoveryStore.Snapshot snap : vm.recovery().store().pending()) {
            if (dialogs.confirm(
                    "Restore unsaved work?",
                    "Skill Studio did not close properly. Unsaved edits to "
                            + snap.buffers().size() + " file(s) of " + snap.packageRoot() + " were recovered.",
                    "Restore")) {
                vm.openPackage(snap.packageRoot(), () -> {
                    window.showInCenter(null);
                    vm.recovery().restore(snap);
                });
                return true;
            }
            if (dialogs.confirm(
                    "Discard recovered edits?",
                    "The unsaved edits to " + snap.buffers().size() + " file(s) of " + snap.packageRoot()
                            + " are deleted for good. Cancel keeps them for the next start.",
                    "Discard")) {
                vm.recovery().store().discard(snap);
            }
        }
        return false;
    }

    // --- StudioCommands.Shell
    @Override
    public void newSkill() {
        features.newSkill();
    }

    @Override
    public void openPackage() {
        dialogs.choosePackage("Open skill package (SKILL.md or .zip) or sample set (.jsonl, .json)")
                .ifPresent(opener::open);
    }

    /** Opens a folder, a SKILL.md or a zip, as File › Open does once something is chosen. */
    public void openChosen(Path chosen) {
        opener.open(chosen);
    }

    /**
     * A sample set from File › Open, drag and drop or the command line: one in the open package opens in
     * the editor (our JSONL editable, benchmark files read-only); one elsewhere becomes the run's sample
     * set, shown in the run window's Samples tab. A sample set runs a package, so one must be open.
     */
    void openSampleFile(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (vm.project().root() == null) {
            dialogs.showError(
                    "Open a package first",
                    "A sample set is run by a skill package: open the package (File ›" + " Open), then open "
                            + file.getFileName() + ".");
        } else if (!openInPackage(abs)) {
            runs.openSampleFile(abs);
        }
    }

    void openAfterConfirm(Path folder) {
        if (vm.confirmDiscardAll()) {
            open(folder);
        }
    }

    @Override
    public void importBundle() {
        dialogs.chooseZip("Import bundle")
                .ifPresent(zip ->
                        dialogs.chooseFolder("Unpack the bundle into").ifPresent(dir -> opener.importInto(zip, dir)));
    }

    @Override
    public void showWelcome() {
        window.showInCenter(features.welcome());
    }

    @Override
    public void showSettings() {
        features.showSettings();
    }

    @Override
    public void exit() {
        if (vm.confirmDiscardAll()) {
            rememberBounds();
            vm.recovery().store().close();
            stage.close();
            platformExit.run();
        }
    }

    @Override
    public void findAction() {
        findAction.showOver(stage);
    }

    @Override
    public void togglePreview() {
        features.togglePreview();
    }

    @Override
    public ObservableBooleanValue previewShown() {
        return features.previewShownProperty();
    }

    @Override
    public Optional<CodeEditor> currentEditor() {
        return window.workbench().tabs().currentEditor();
    }

    @Override
    public Workbench workbench() {
        return window.workbench();
    }
}
