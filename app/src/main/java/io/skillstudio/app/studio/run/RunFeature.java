package io.skillstudio.app.studio.run;

import io.skillstudio.app.studio.actions.ActionFactory;
import io.skillstudio.app.studio.actions.ActionRegistry;
import io.skillstudio.app.studio.actions.Command;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.project.ProjectViewModel;
import io.skillstudio.app.studio.run.results.ResultsViewModel;
import io.skillstudio.app.studio.run.results.SampleRow;
import io.skillstudio.app.studio.samples.SampleFileViewModel;
import io.skillstudio.app.studio.samples.SampleFiles;
import io.skillstudio.app.studio.trace.ResourceTarget;
import io.skillstudio.app.studio.trace.TracePair;
import io.skillstudio.app.studio.trace.TraceView;
import io.skillstudio.app.studio.trace.TraceViewModel;
import io.skillstudio.evaluator.judge.JudgeSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * Puts runs into a studio window: builds the run, results and trace view models, binds the Run actions
 * in the action registry (before the menus are built), and later the Run tool window into the workbench.
 */
public final class RunFeature {

    private final RunViewModel run;
    private final ResultsViewModel results;
    private final TraceViewModel trace;
    private final TaskExecutor executor;
    private final ProjectViewModel project;
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final SampleFileViewModel samples;
    private RunToolWindow window;

    public RunFeature(
            TaskExecutor executor,
            DialogService dialogs,
            ProjectViewModel project,
            Path home,
            Supplier<Optional<JudgeSettings>> judge,
            Function<String, String> env) {
        this(
                new RunViewModel(new RunViewModel.Deps(
                        executor,
                        new ServiceRunGateway(Optional.of(StudioJudge.cacheIn(home)), env),
                        new RunStore(home),
                        Platform::runLater,
                        dialogs,
                        project::snapshot,
                        project.rootProperty(),
                        judge,
                        System::nanoTime,
                        Clock.systemUTC())),
                executor,
                project);
    }

    RunFeature(RunViewModel run, TaskExecutor executor, ProjectViewModel project) {
        this.run = run;
        this.executor = executor;
        this.project = project;
        this.results = new ResultsViewModel(run.rows(), run.runProperty(), executor);
        this.trace = new TraceViewModel(this::reveal);
        // The Samples tab shows the run's sample set as the run will read it.
        this.samples = new SampleFileViewModel(executor);
        run.sampleSetProperty()
                .addListener((obs, old, file) ->
                        samples.load(file, run.formatProperty().get()));
        run.formatProperty()
                .addListener(
                        (obs, old, f) -> samples.load(run.sampleSetProperty().get(), f));
        samples.load(run.sampleSetProperty().get(), run.formatProperty().get());
        results.selectedProperty().addListener((obs, old, row) -> showTrace(row));
        run.runProperty().addListener((obs, old, r) -> trace.clear());
        // The open sample set: selecting a .jsonl file in the editor makes it the run's sample set.
        project.selectedProperty().addListener((obs, old, doc) -> {
            if (doc != null && project.root() != null && SampleFiles.isSampleSet(doc.path(), doc.text())) {
                run.sampleSetProperty().set(project.root().resolve(doc.path()));
                shown.set(true);
            }
        });
        // Starting a run shows the window it reports into, at its results (not the Samples tab).
        run.stateProperty().addListener((obs, old, s) -> {
            if (s == RunViewModel.State.RUNNING) {
                shown.set(true);
                selectTab("tab-results");
            }
        });
    }

    /** Binds Run, Cancel, Rerun, Open run and the window toggle. Call before the menus are built. */
    public void bind(ActionRegistry registry) {
        registry.bind(StudioAction.RUN_EVALUATE, Command.when(run.canRunProperty(), run::run))
                .bind(StudioAction.RUN_CANCEL, Command.when(run.runningProperty(), run::cancel))
                .bind(StudioAction.RUN_RERUN, Command.when(run.canRerunProperty(), run::rerun))
                .bind(StudioAction.OPEN_RUN, Command.always(() -> {
                    shown.set(true);
                    run.chooseAndOpen();
                }))
                .bind(StudioAction.TOGGLE_RUN, Command.toggle(shown));
    }

    /** Builds the tool window; {@code windowShown} is the workbench's shown-flag of the pane holding it. */
    public RunToolWindow createWindow(ActionFactory actions) {
        ComboBox<RunStore.RunEntry> compare = new ComboBox<>(run.keptRuns());
        compare.setId("compareWith");
        compare.setPromptText("Compare with run…");
        compare.setPrefWidth(170);
        compare.setConverter(new StringConverter<>() {
            @Override
            public String toString(RunStore.RunEntry e) {
                return e == null ? "" : e.skill() + " " + e.folder();
            }

            @Override
            public RunStore.RunEntry fromString(String s) {
                return null;
            }
        });
        compare.valueProperty().addListener((obs, old, entry) -> compareWith(entry));
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            compare.setValue(null);
            trace.clearCompare();
        });
        HBox bar = new HBox(4, compare, clear);
        window = new RunToolWindow(run, results, samples, new TraceView(trace, bar), actions);
        run.refreshKeptRuns();
        return window;
    }

    /**
     * A sample file opened from File › Open, drag and drop or the command line, outside the package: it
     * becomes the run's sample set and the Samples tab shows it as the run will read it.
     */
    public void openSampleFile(Path file) {
        run.sampleSetProperty().set(file);
        shown.set(true);
        selectTab("tab-samples");
    }

    private void selectTab(String id) {
        if (window != null) {
            window.tabs().getTabs().stream()
                    .filter(t -> id.equals(t.getId()))
                    .findFirst()
                    .ifPresent(t -> window.tabs().getSelectionModel().select(t));
        }
    }

    /** The run's sample set as the Samples tab shows it. */
    public SampleFileViewModel samples() {
        return samples;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }

    public RunViewModel run() {
        return run;
    }

    public ResultsViewModel results() {
        return results;
    }

    public TraceViewModel trace() {
        return trace;
    }

    public RunToolWindow window() {
        return window;
    }

    private void showTrace(SampleRow row) {
        LoadedRun loaded = run.runProperty().get();
        if (row == null || loaded == null) {
            return;
        }
        loaded.trace(row.sampleId())
                .ifPresentOrElse(
                        t -> trace.show(
                                t,
                                loaded.responses(row.sampleId()),
                                Optional.ofNullable(
                                        project.diskPackageProperty().get())),
                        trace::clear);
    }

    private void compareWith(RunStore.RunEntry entry) {
        SampleRow row = results.selectedProperty().get();
        if (entry == null || row == null) {
            return;
        }
        String id = row.sampleId();
        executor.submit(
                "Reading " + entry.folder(),
                p -> RunFolderReader.read(entry.dir()).trace(id),
                other -> {
                    if (other.isEmpty()) {
                        run.report("The run " + entry.folder() + " has no trace of " + id);
                    } else if (results.selectedProperty().get() == row) {
                        trace.compareWith(other.get());
                    }
                },
                e -> run.report("Cannot read " + entry.dir() + ": " + e.getMessage()));
    }

    /**
     * Opens two traces of one sample side by side in the trace viewer ("Compare runs of two versions"):
     * the results' selection is cleared so picking a row of the current run shows its trace again. The
     * left trace is of an older version, whose files and lines differ from the open ones: it links nowhere.
     */
    public void compareTraces(TracePair pair) {
        shown.set(true);
        results.selectedProperty().set(null);
        trace.showPair(pair, Optional.empty());
    }

    /**
     * Shows the trace of a sample of the current run (the routing window's "open its trace"); false when
     * the current run has no such sample.
     */
    public boolean showSample(String sampleId) {
        for (SampleRow row : run.rows()) {
            if (row.sampleId().equals(sampleId)) {
                shown.set(true);
                results.selectedProperty().set(row);
                return true;
            }
        }
        return false;
    }

    // The shell's reveal path: open the file in the editor and move the caret to the line.
    private void reveal(ResourceTarget target) {
        project.openDocument(target.path())
                .ifPresent(doc ->
                        doc.revealRequestProperty().set(new Document.Position(Math.max(1, target.line()), 1)));
    }
}
