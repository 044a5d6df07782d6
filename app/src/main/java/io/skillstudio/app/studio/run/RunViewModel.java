package io.skillstudio.app.studio.run;

import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.dialogs.DialogService;
import io.skillstudio.app.studio.run.results.SampleRow;
import io.skillstudio.app.studio.run.results.SampleRows;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleFormat;
import io.skillstudio.evaluator.sample.SampleSources;
import io.skillstudio.model.load.SkillPackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run configuration and the run in progress: Run, Cancel, Rerun, run one sample again, open a kept
 * run. The evaluation goes through a {@link RunGateway} on the task executor; finished samples reach
 * {@link #rows()} in batches on the UI executor, so the FX thread stays free during long runs.
 */
public final class RunViewModel {

    /** Where a run stands. */
    public enum State {
        IDLE,
        RUNNING,
        DONE,
        CANCELLED,
        FAILED
    }

    /** How often, at most, finished samples are handed to the UI while a run goes. */
    static final long UI_GAP_NANOS = 100_000_000L;

    private final TaskExecutor executor;
    private final RunGateway gateway;
    private final RunStore store;
    private final Executor ui;
    private final DialogService dialogs;
    private final Supplier<Optional<SkillPackage>> currentPackage;
    private final ObservableValue<Path> packageRoot;
    private final Supplier<Optional<JudgeSettings>> judgeSettings;
    private final LongSupplier nanos;
    private final Clock clock;

    private final ObjectProperty<Path> sampleSet = new SimpleObjectProperty<>(this, "sampleSet");
    private final ObjectProperty<Optional<EvalMode>> mode = new SimpleObjectProperty<>(this, "mode", Optional.empty());
    private final ObjectProperty<Optional<SampleFormat>> format =
            new SimpleObjectProperty<>(this, "format", Optional.empty());
    private final BooleanProperty wholeSkill = new SimpleBooleanProperty(this, "wholeSkill", false);
    private final BooleanProperty swap = new SimpleBooleanProperty(this, "swap", false);
    private final BooleanProperty strictSkill = new SimpleBooleanProperty(this, "strictSkill", false);
    private final BooleanProperty allowInvalid = new SimpleBooleanProperty(this, "allowInvalid", false);
    private final IntegerProperty threads = new SimpleIntegerProperty(
            this, "threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
    private final BooleanProperty useJudge = new SimpleBooleanProperty(this, "useJudge", false);

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<LoadedRun> run = new ReadOnlyObjectWrapper<>(this, "run");
    private final ObservableList<SampleRow> rows = FXCollections.observableArrayList();
    private final ObservableList<RunStore.RunEntry> keptRuns = FXCollections.observableArrayList();
    private final BooleanBinding running = Bindings.equal(state, State.RUNNING);
    private final BooleanBinding canRun;
    private final BooleanBinding canRerun;
    private final ObjectProperty<Config> lastConfig = new SimpleObjectProperty<>(this, "lastConfig");

    private RunCancel cancel = new RunCancel();
    private int generation;

    /** The configuration a run was started with, so Rerun repeats it on the current files. */
    private record Config(Path sampleSet, RunChoices choices, int threads, boolean useJudge) {}

    /** The parts a run view model works with; tests pass synchronous executors and a scripted gateway. */
    public record Deps(
            TaskExecutor executor,
            RunGateway gateway,
            RunStore store,
            Executor ui,
            DialogService dialogs,
            Supplier<Optional<SkillPackage>> currentPackage,
            ObservableValue<Path> packageRoot,
            Supplier<Optional<JudgeSettings>> judgeSettings,
            LongSupplier nanos,
            Clock clock) {}

    public RunViewModel(Deps deps) {
        this.executor = deps.executor();
        this.gateway = deps.gateway();
        this.store = deps.store();
        this.ui = deps.ui();
        this.dialogs = deps.dialogs();
        this.currentPackage = deps.currentPackage();
        this.packageRoot = deps.packageRoot();
        this.judgeSettings = deps.judgeSettings();
        this.nanos = deps.nanos();
        this.clock = deps.clock();
        canRun = Bindings.createBooleanBinding(
                () -> state.get() != State.RUNNING && packageRoot.getValue() != null && sampleSet.get() != null,
                state,
                packageRoot,
                sampleSet);
        canRerun = Bindings.createBooleanBinding(
                () -> state.get() != State.RUNNING && lastConfig.get() != null && packageRoot.getValue() != null,
                state,
                lastConfig,
                packageRoot);
        packageRoot.addListener((obs, old, root) -> defaultSampleSet(root));
        defaultSampleSet(packageRoot.getValue());
    }

    // --- configuration
    public ObjectProperty<Path> sampleSetProperty() {
        return sampleSet;
    }

    /** {@code --mode}: empty is auto (what the first sample implies). */
    public ObjectProperty<Optional<EvalMode>> modeProperty() {
        return mode;
    }

    /** {@code --samples-format}: empty is detected from the first record. */
    public ObjectProperty<Optional<SampleFormat>> formatProperty() {
        return format;
    }

    /** {@code --judge-whole-skill}. */
    public BooleanProperty wholeSkillProperty() {
        return wholeSkill;
    }

    /** {@code --swap}: judge each pair in both orders (pairwise position-bias check). */
    public BooleanProperty swapProperty() {
        return swap;
    }

    /** {@code --strict-skill}. */
    public BooleanProperty strictSkillProperty() {
        return strictSkill;
    }

    /** {@code --allow-invalid}: run a package that fails validation; its results say so in provenance. */
    public BooleanProperty allowInvalidProperty() {
        return allowInvalid;
    }

    /** The choices as they are set now. */
    public RunChoices choices() {
        return new RunChoices(
                mode.get(), format.get(), wholeSkill.get(), swap.get(), strictSkill.get(), allowInvalid.get());
    }

    public IntegerProperty threadsProperty() {
        return threads;
    }

    public BooleanProperty useJudgeProperty() {
        return useJudge;
    }

    /** What the judge setting would use: the saved Settings › Model judge, or why there is none. */
    public String judgeDescription() {
        return StudioJudge.describe(judgeSettings.get());
    }

    // --- state
    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The run shown: the last finished one, or one reopened from disk. */
    public ReadOnlyObjectProperty<LoadedRun> runProperty() {
        return run.getReadOnlyProperty();
    }

    /** One row per finished sample; filled while a run goes, complete with traces when it ends. */
    public ObservableList<SampleRow> rows() {
        return rows;
    }

    public ObservableList<RunStore.RunEntry> keptRuns() {
        return keptRuns;
    }

    public BooleanBinding runningProperty() {
        return running;
    }

    public BooleanBinding canRunProperty() {
        return canRun;
    }

    public BooleanBinding canRerunProperty() {
        return canRerun;
    }

    public RunStore store() {
        return store;
    }

    // --- commands
    /** Runs the open package on the chosen sample set with the configured mode, threads and judge. */
    public void run() {
        if (!canRun.get()) {
            return;
        }
        Config config = new Config(sampleSet.get(), choices(), threads.get(), useJudge.get());
        Optional<SkillPackage> pkg = currentPackage.get();
        if (pkg.isEmpty()) {
            dialogs.showError("Cannot run", "The package could not be loaded; fix the errors in Problems first.");
            return;
        }
        lastConfig.set(config);
        Path root = packageRoot.getValue();
        Optional<JudgeSettings> judge = config.useJudge() ? judgeSettings.get() : Optional.empty();
        start(
                "Running " + pkg.get().rootName() + " on " + config.sampleSet().getFileName(),
                new RunRequest(
                        pkg.get(),
                        root,
                        Optional.of(config.sampleSet()),
                        List.of(),
                        config.choices(),
                        config.threads(),
                        judge));
    }

    /** Runs again with the last run's configuration, on the files as they are now. */
    public void rerun() {
        Config c = lastConfig.get();
        if (c == null || !canRerun.get()) {
            return;
        }
        sampleSet.set(c.sampleSet());
        RunChoices r = c.choices();
        mode.set(r.mode());
        format.set(r.format());
        wholeSkill.set(r.wholeSkill());
        swap.set(r.swap());
        strictSkill.set(r.strictSkill());
        allowInvalid.set(r.allowInvalid());
        threads.set(c.threads());
        useJudge.set(c.useJudge());
        run();
    }

    /** Asks the running batch to stop: running samples finish, the rest are not started, finished ones are kept. */
    public void cancel() {
        cancel.cancel();
    }

    /**
     * Runs one sample of the shown run again (after an edit) with the run's choices, replaces its row and
     * trace, and writes the kept run again (results, traces, summary), so reopening it shows the same. The
     * sample is read again from the run's sample file, in the run's format.
     */
    public void runSample(String sampleId) {
        LoadedRun shown = run.get();
        Optional<SkillPackage> pkg = currentPackage.get();
        Optional<RunMeta> meta = shown == null ? Optional.empty() : shown.meta().filter(m -> m.sampleSet() != null);
        if (shown == null || state.get() == State.RUNNING || pkg.isEmpty() || meta.isEmpty()) {
            message.set(shown != null && meta.isEmpty() ? "The run's sample file is not known; run the set again" : "");
            return;
        }
        Path file = Path.of(meta.get().sampleSet());
        RunChoices choices = meta.get().choices().withMode(shown.summary().mode());
        Optional<JudgeSettings> judge = useJudge.get() ? judgeSettings.get() : Optional.empty();
        state.set(State.RUNNING);
        message.set("Running " + sampleId + " again");
        executor.submit(
                "Running " + sampleId,
                p -> {
                    Sample sample = SampleSources.read(file, choices.format(), choices.seed()).samples().stream()
                            .filter(x -> x.id().equals(sampleId))
                            .findFirst()
                            .orElseThrow(() -> new IllegalArgumentException(sampleId + " is no longer in " + file));
                    RunOutcome outcome = gateway.run(
                            new RunRequest(
                                    pkg.get(),
                                    packageRoot.getValue(),
                                    Optional.empty(),
                                    List.of(sample),
                                    choices,
                                    1,
                                    judge),
                            Optional.empty(),
                            RunListener.NONE,
                            new RunCancel());
                    if (outcome.evaluations().isEmpty()) {
                        throw new IllegalArgumentException(
                                sampleId + " was not run: " + String.join("; ", outcome.warnings()));
                    }
                    Evaluation e = outcome.evaluations().get(0);
                    LoadedRun updated = shown.replacing(e.result(), e.trace());
                    String kept = "";
                    if (updated.dir().isPresent()) {
                        try {
                            store.rewrite(updated);
                            kept = ", written to the kept run";
                        } catch (IOException x) {
                            kept = " (the kept run could not be written: " + x.getMessage() + ")";
                        }
                    }
                    return new Rerun(Shown.of(updated), kept);
                },
                rerun -> {
                    state.set(State.DONE);
                    if (run.get() != shown) {
                        return;
                    }
                    show(rerun.shown());
                    message.set(sampleId + " run again: "
                            + rerun.shown().rows().stream()
                                    .filter(r -> r.sampleId().equals(sampleId))
                                    .findFirst()
                                    .map(SampleRow::result)
                                    .orElse("")
                            + rerun.kept());
                    refreshKeptRuns();
                },
                this::failed);
    }

    /** A sample run again: the run to show and what became of the kept run. */
    private record Rerun(Shown shown, String kept) {}

    /** Opens a kept run, a folder written by {@code skillstudio eval --out}, or a {@code traces.jsonl}. */
    public void open(Path path) {
        executor.submit(
                "Opening run " + path.getFileName(),
                p -> Shown.of(RunFolderReader.read(path)),
                shown -> {
                    LoadedRun loaded = shown.run();
                    show(shown);
                    state.set(State.DONE);
                    message.set("Opened " + loaded.dir().map(Path::toString).orElse(path.toString())
                            + (loaded.warnings().isEmpty()
                                    ? ""
                                    : " · " + loaded.warnings().size() + " warning(s): "
                                            + loaded.warnings().get(0)));
                },
                e -> dialogs.showError("Cannot open the run", String.valueOf(e.getMessage())));
    }

    /** File › Open run…: a run's {@code traces.jsonl} or {@code results.jsonl}. */
    public void chooseAndOpen() {
        dialogs.chooseFile("Open run (traces.jsonl or results.jsonl)", store.root())
                .ifPresent(this::open);
    }

    public void chooseSampleSet() {
        Path root = packageRoot.getValue();
        Path start = root != null && Files.isDirectory(root.resolve("evals")) ? root.resolve("evals") : root;
        dialogs.chooseFile("Choose a sample set (JSONL, JudgeBench, IFBench or RewardBench2)", start)
                .ifPresent(sampleSet::set);
    }

    /** Shows a line in the run window's message (a compare that found nothing, a run that could not be read). */
    public void report(String text) {
        message.set(text);
    }

    /** Reads the list of kept runs in the background. */
    public void refreshKeptRuns() {
        executor.submit(
                "Listing runs",
                p -> store.list(),
                keptRuns::setAll,
                e -> message.set("Cannot list runs: " + e.getMessage()));
    }

    // --- internals
    private void start(String title, RunRequest request) {
        RunCancel token = new RunCancel();
        cancel = token;
        int mine = ++generation;
        state.set(State.RUNNING);
        rows.clear();
        progress.set(0);
        progressText.set("Starting…");
        message.set(title);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger total = new AtomicInteger(-1);
        long t0 = nanos.getAsLong();
        // Rows are built on the run's thread; the FX thread only appends each batch, in one change.
        UiBatcher<SampleRow> batcher = new UiBatcher<>(
                ui,
                batch -> {
                    if (mine == generation && state.get() == State.RUNNING) {
                        rows.addAll(batch);
                        int d = done.get();
                        int t = total.get();
                        progress.set(t <= 0 ? ProgressIndicatorValue.INDETERMINATE : d / (double) t);
                        progressText.set(RunProgressText.of(d, Math.max(t, d), nanos.getAsLong() - t0));
                    }
                },
                nanos,
                UI_GAP_NANOS);
        executor.submit(
                title,
                p -> {
                    Instant startedAt = clock.instant();
                    Path folder = store.newRunFolder(request.skillName(), startedAt);
                    RunOutcome outcome = gateway.run(
                            request,
                            Optional.of(folder),
                            (e, d, t) -> {
                                done.set(d);
                                total.set(t);
                                batcher.offer(SampleRows.of(e.result(), Optional.of(e.trace())));
                            },
                            token);
                    List<String> warnings = new ArrayList<>(outcome.warnings());
                    if (outcome.folder().isPresent()) {
                        try {
                            store.writeMeta(
                                    outcome.folder().get(),
                                    meta(
                                            request,
                                            outcome.summary().mode(),
                                            startedAt,
                                            outcome.summary().samples()));
                        } catch (IOException e) {
                            warnings.add("the run's note could not be written: " + e.getMessage());
                        }
                    }
                    return Shown.of(new LoadedRun(
                            outcome.folder(),
                            Optional.of(meta(
                                    request,
                                    outcome.summary().mode(),
                                    startedAt,
                                    outcome.summary().samples())),
                            outcome.evaluations().stream()
                                    .map(Evaluation::result)
                                    .toList(),
                            outcome.evaluations().stream()
                                    .map(Evaluation::trace)
                                    .toList(),
                            outcome.summary(),
                            warnings));
                },
                shown -> {
                    if (mine != generation) {
                        return;
                    }
                    LoadedRun loaded = shown.run();
                    show(shown);
                    progress.set(1);
                    progressText.set(RunProgressText.of(
                            loaded.results().size(), loaded.summary().samples(), 0));
                    state.set(loaded.summary().cancelled() ? State.CANCELLED : State.DONE);
                    message.set((loaded.summary().cancelled() ? "Cancelled: " : "Finished: ")
                            + loaded.results().size()
                            + " of " + loaded.summary().samples() + " samples"
                            + loaded.dir().map(d -> ", kept in " + d).orElse("")
                            + (loaded.warnings().isEmpty()
                                    ? ""
                                    : " · " + loaded.warnings().get(0)));
                    refreshKeptRuns();
                },
                e -> {
                    if (mine == generation) {
                        failed(e);
                    }
                });
    }

    /** {@code ProgressBar.INDETERMINATE_PROGRESS}, without a control class in the view model. */
    private static final class ProgressIndicatorValue {
        static final double INDETERMINATE = -1;
    }

    private static RunMeta meta(RunRequest r, EvalMode mode, Instant startedAt, int samples) {
        return RunMeta.of(
                r.skillName(),
                r.packageRoot() == null
                        ? null
                        : r.packageRoot().toAbsolutePath().toString(),
                r.sampleSet().map(p -> p.toAbsolutePath().toString()).orElse(null),
                startedAt.toString(),
                mode.code(),
                samples,
                r.choices());
    }

    /** A run with its rows, built off the FX thread (5,000 rows with their trace costs take a while). */
    private record Shown(LoadedRun run, List<SampleRow> rows) {
        static Shown of(LoadedRun run) {
            return new Shown(run, run.results().stream().map(r -> rowOf(run, r)).toList());
        }
    }

    // Rows first: listeners of the run read the rows that belong to it.
    private void show(Shown shown) {
        rows.setAll(shown.rows());
        run.set(shown.run());
    }

    private static SampleRow rowOf(LoadedRun loaded, SampleResult r) {
        return SampleRows.of(r, loaded.trace(r.sampleId()));
    }

    private void failed(Throwable e) {
        state.set(State.FAILED);
        progressText.set("");
        if (e instanceof RunRefusedException) {
            message.set("Run refused: the package fails validation (see the list, or check Allow invalid package)");
            dialogs.showError("Run refused", e.getMessage());
            return;
        }
        message.set("Run failed: " + e.getMessage());
        dialogs.showError("The run failed", String.valueOf(e.getMessage()));
    }

    private void defaultSampleSet(Path root) {
        if (root == null || (sampleSet.get() != null && sampleSet.get().startsWith(root))) {
            return;
        }
        Path evals = root.resolve("evals");
        Path preferred = evals.resolve("samples.jsonl");
        if (Files.isRegularFile(preferred)) {
            sampleSet.set(preferred);
            return;
        }
        if (Files.isDirectory(evals)) {
            try (var files = Files.list(evals)) {
                files.filter(f -> f.getFileName().toString().endsWith(".jsonl"))
                        .sorted()
                        .findFirst()
                        .ifPresentOrElse(sampleSet::set, () -> sampleSet.set(null));
            } catch (IOException e) {
                sampleSet.set(null);
            }
        } else {
            sampleSet.set(null);
        }
    }
}
