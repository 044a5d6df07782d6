package io.skillstudio.app.studio.versions;

import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.app.studio.run.StudioJudge;
import io.skillstudio.app.studio.trace.TracePair;
import io.skillstudio.evaluator.judge.Judge;
import io.skillstudio.evaluator.judge.JudgeSettings;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.sample.SampleSources;
import io.skillstudio.evaluator.service.RunHandle;
import io.skillstudio.evaluator.service.RunListener;
import io.skillstudio.evaluator.versions.DriftReport;
import io.skillstudio.evaluator.versions.DriftSamples;
import io.skillstudio.evaluator.versions.LockStamps;
import io.skillstudio.evaluator.versions.SampleDrift;
import io.skillstudio.evaluator.versions.VersionDrift;
import io.skillstudio.evaluator.versions.VersionRunner;
import io.skillstudio.model.bundle.BundleExporter;
import io.skillstudio.model.bundle.BundleResult;
import io.skillstudio.model.bundle.IgnoredFiles;
import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.load.PackageLoader;
import io.skillstudio.model.load.SkillPackage;
import io.skillstudio.model.save.AtomicFiles;
import io.skillstudio.model.save.PackageWriter;
import io.skillstudio.model.versioning.BumpKind;
import io.skillstudio.model.versioning.Lockfile;
import io.skillstudio.model.versioning.LockfileCodec;
import io.skillstudio.model.versioning.Lockfiles;
import io.skillstudio.model.versioning.SkillVersion;
import io.skillstudio.model.versioning.VersionBump;
import io.skillstudio.model.versioning.VersionInfo;
import io.skillstudio.model.versioning.diff.FileDiff;
import io.skillstudio.model.versioning.diff.PackageDiff;
import io.skillstudio.model.versioning.diff.PackageDiffer;
import io.skillstudio.model.versioning.diff.SideBySide;
import io.skillstudio.model.versioning.diff.VersionSnapshots;
import io.skillstudio.model.versioning.history.HistoryEntry;
import io.skillstudio.model.versioning.history.HistoryException;
import io.skillstudio.model.versioning.history.PackageHistory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of the versions features: history (commits and release tags), bump, commit, tag,
 * diff of two versions, export of a bundle, and score drift between two versions. Holds no nodes; all
 * git, disk and evaluation work runs through the {@link TaskExecutor}.
 */
public final class VersionsViewModel {

    /**
     * What the studio around it provides.
     *
     * @param judge the saved Settings › Model judge with the studio's judge cache, for drift runs
     * @param openTraces opens two traces of a sample side by side in the trace viewer
     */
    public record Host(
            Supplier<Path> root,
            BooleanSupplier hasUnsavedEdits,
            Function<SkillPackage, List<Diagnostic>> validator,
            Runnable reloadFromDisk,
            StudioJudge judge,
            Consumer<TracePair> openTraces) {}

    /** Samples a drift run evaluates at once; the results do not depend on it. */
    static final int DRIFT_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final TaskExecutor executor;
    private final VersionsDialogs dialogs;
    private final Host host;
    private final Clock clock;
    private final ObservableList<HistoryEntry> history = FXCollections.observableArrayList();
    private final BooleanProperty inRepository = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<PackageDiff> diff = new SimpleObjectProperty<>();
    private final ObjectProperty<FileDiff> selectedFile = new SimpleObjectProperty<>();
    private final ObservableList<SideBySide.Row> sideBySide = FXCollections.observableArrayList();
    private final ObjectProperty<DriftReport> drift = new SimpleObjectProperty<>();
    private final ObjectProperty<SampleDrift> selectedDrift = new SimpleObjectProperty<>();
    private final BooleanProperty useJudge = new SimpleBooleanProperty(true);

    public VersionsViewModel(TaskExecutor executor, VersionsDialogs dialogs, Host host, Clock clock) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.host = host;
        this.clock = clock;
        selectedFile.addListener((obs, old, f) -> sideBySide.setAll(f == null ? List.of() : SideBySide.rows(f)));
        diff.addListener((obs, old, d) -> selectedFile.set(
                d == null || d.files().isEmpty() ? null : d.files().get(0)));
    }

    public ObservableList<HistoryEntry> history() {
        return history;
    }

    public BooleanProperty inRepositoryProperty() {
        return inRepository;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ObjectProperty<PackageDiff> diffProperty() {
        return diff;
    }

    public ObjectProperty<FileDiff> selectedFileProperty() {
        return selectedFile;
    }

    public ObservableList<SideBySide.Row> sideBySide() {
        return sideBySide;
    }

    public ObjectProperty<DriftReport> driftProperty() {
        return drift;
    }

    public ObjectProperty<SampleDrift> selectedDriftProperty() {
        return selectedDrift;
    }

    /** Whether drift runs judge {@code judge: model} items with the saved Settings › Model judge. */
    public BooleanProperty useJudgeProperty() {
        return useJudge;
    }

    /** What a drift run's judge would be, for the check box's tool tip. */
    public String judgeDescription() {
        return StudioJudge.describe(host.judge().settings().get());
    }

    /** Reads the package's commits and tags again. */
    public void refreshHistory() {
        Path root = host.root().get();
        if (root == null) {
            history.clear();
            inRepository.set(false);
            return;
        }
        executor.submit(
                "Reading history",
                p -> {
                    Optional<PackageHistory> h = PackageHistory.open(root);
                    if (h.isEmpty()) {
                        return Optional.<List<HistoryEntry>>empty();
                    }
                    try (PackageHistory history = h.get()) {
                        return Optional.of(history.log());
                    }
                },
                log -> {
                    inRepository.set(log.isPresent());
                    history.setAll(log.orElse(List.of()));
                    status.set(
                            log.isEmpty()
                                    ? "Not in a git repository: Commit… creates one"
                                    : history.size() + " commit(s) touch this package");
                },
                this::failed);
    }

    /** Package › Bump version: edits metadata.version and CHANGELOG.md on disk, then reloads. */
    public void bump(BumpKind kind) {
        Path root = host.root().get();
        if (root == null || !savedFirst("Bump version")) {
            return;
        }
        SkillPackage pkg = load(root);
        if (pkg == null) {
            return;
        }
        Optional<SkillVersion> from;
        try {
            from = VersionBump.current(pkg);
        } catch (VersionBump.BumpException e) {
            dialogs.showError("Cannot bump the version", e.getMessage());
            return;
        }
        SkillVersion to = from.orElse(SkillVersion.INITIAL).bump(kind);
        Optional<String> notes =
                dialogs.changelogNotes(from.map(String::valueOf).orElse("(none)"), to.toString());
        if (notes.isEmpty()) {
            return;
        }
        executor.submit(
                "Bumping version",
                p -> {
                    VersionBump.Result r = VersionBump.bump(pkg, kind, LocalDate.now(clock), notes.get());
                    PackageWriter.save(r.pkg(), root);
                    return r.to();
                },
                v -> {
                    status.set("Version " + v + " written to SKILL.md and CHANGELOG.md");
                    host.reloadFromDisk().run();
                },
                this::failed);
    }

    /** Package › Commit…: stages and commits the package folder (a repository is created on request). */
    public void commit() {
        Path root = host.root().get();
        if (root == null || !savedFirst("Commit")) {
            return;
        }
        boolean create = false;
        if (!inRepository.get()) {
            try {
                if (PackageHistory.open(root).isEmpty()) {
                    if (!dialogs.confirm(
                            "Create a git repository?",
                            root + " is not inside a git repository. Create one" + " in the package folder?",
                            "Create")) {
                        return;
                    }
                    create = true;
                }
            } catch (HistoryException e) {
                failed(e);
                return;
            }
        }
        Optional<String> message = dialogs.commitMessage(root.getFileName().toString());
        if (message.isEmpty() || message.get().isBlank()) {
            return;
        }
        boolean init = create;
        executor.submit(
                "Committing",
                p -> {
                    try (PackageHistory h = init
                            ? PackageHistory.openOrInit(root)
                            : PackageHistory.open(root)
                                    .orElseThrow(() ->
                                            new HistoryException("the package is no longer inside a git repository"))) {
                        return h.commit(message.get(), Optional.empty());
                    }
                },
                id -> {
                    status.set("Committed " + id.substring(0, 8));
                    refreshHistory();
                },
                this::failed);
    }

    /** Package › Tag release: tags HEAD as {@code NAME-vX.Y.Z} with the version on disk. */
    public void tagRelease() {
        Path root = host.root().get();
        SkillPackage pkg = root == null ? null : load(root);
        if (pkg == null) {
            return;
        }
        Optional<SkillVersion> version;
        try {
            version = VersionBump.current(pkg);
        } catch (VersionBump.BumpException e) {
            dialogs.showError("Cannot tag a release", e.getMessage());
            return;
        }
        if (version.isEmpty()) {
            dialogs.showError("Cannot tag a release", "SKILL.md has no metadata.version; use Bump version first");
            return;
        }
        String name = VersionInfo.name(pkg);
        executor.submit(
                "Tagging release",
                p -> {
                    try (PackageHistory h = PackageHistory.open(root)
                            .orElseThrow(() ->
                                    new HistoryException("the package is not inside a git repository; commit first"))) {
                        return h.tagRelease(name, version.get(), "HEAD", Optional.empty());
                    }
                },
                tag -> {
                    status.set("Tagged " + tag);
                    refreshHistory();
                },
                this::failed);
    }

    /**
     * Diffs two history entries (older first), or one entry against the working copy.
     *
     * @param to null for the working copy
     */
    public void diff(String from, String to) {
        Path root = host.root().get();
        if (root == null) {
            return;
        }
        executor.submit(
                "Comparing versions",
                p -> {
                    try (PackageHistory h = PackageHistory.open(root)
                                    .orElseThrow(
                                            () -> new HistoryException("the package is not inside a git repository"));
                            VersionSnapshots versions = new VersionSnapshots(root, h)) {
                        return versions.diff(PackageDiffer.standard(), from, to);
                    }
                },
                d -> {
                    diff.set(d);
                    status.set(d.files().size() + " file(s) differ between " + Revisions.label(d.from()) + " and "
                            + Revisions.label(d.to()));
                },
                this::failed);
    }

    /**
     * "Compare runs of two versions": runs a chosen sample set on both through the path of
     * {@code skillstudio diff --samples} ({@link DriftSamples}, {@link VersionDrift}): the mode the first
     * sample implies, the saved model judge with its cache, and shows the drift table. Both runs (with
     * their traces) stay in memory in the report, for {@link #openTraces()}.
     */
    public void compareRuns(String from, String to) {
        Path root = host.root().get();
        if (root == null) {
            return;
        }
        Path evals = root.resolve("evals");
        Optional<Path> samples = dialogs.chooseSamples(Files.isDirectory(evals) ? evals : root);
        if (samples.isEmpty()) {
            return;
        }
        // Read on the FX thread: the settings are properties of the settings window.
        Optional<JudgeSettings> judgeSettings =
                useJudge.get() ? host.judge().settings().get() : Optional.empty();
        executor.submit(
                "Comparing runs",
                p -> {
                    DriftSamples set = DriftSamples.read(
                            samples.get(), Optional.empty(), SampleSources.DEFAULT_SEED, Optional.empty());
                    List<String> warnings = new ArrayList<>();
                    set.errors().forEach(e -> warnings.add(e.toString()));
                    Optional<Judge> judge = host.judge().create(judgeSettings, warnings::add);
                    VersionRunner runner = new VersionRunner(set.settings(0, DRIFT_THREADS, Optional.empty()), judge);
                    try (PackageHistory h = PackageHistory.open(root)
                                    .orElseThrow(
                                            () -> new HistoryException("the package is not inside a git repository"));
                            VersionSnapshots versions = new VersionSnapshots(root, h)) {
                        AtomicReference<RunHandle> handle = new AtomicReference<>();
                        RunListener listener = new RunListener() {
                            @Override
                            public void sampleDone(Evaluation e, int done, int total) {
                                p.update(done, total);
                                if (p.isCancelled() && handle.get() != null) {
                                    handle.get().cancel();
                                }
                            }
                        };
                        return new DriftOutcome(
                                VersionDrift.run(versions, from, to, set.samples(), runner, listener, handle::set),
                                warnings,
                                judge.isPresent());
                    }
                },
                o -> {
                    DriftReport r = o.report();
                    drift.set(r);
                    selectedDrift.set(r.changed().isEmpty() ? null : r.changed().get(0));
                    status.set(r.summary().changed() + " of " + r.summary().samples() + " sample(s) changed between "
                            + Revisions.label(r.from()) + " and " + Revisions.label(r.to()) + " (" + r.mode() + ", "
                            + (o.judged() ? "model judge" : "no model judge") + ")"
                            + (o.warnings().isEmpty()
                                    ? ""
                                    : "; " + o.warnings().size() + " warning(s): "
                                            + o.warnings().get(0)));
                },
                this::failed);
    }

    /** A drift run's report with what was odd about its inputs, and whether a model judge took part. */
    private record DriftOutcome(DriftReport report, List<String> warnings, boolean judged) {}

    /** Whether the selected drift row has a trace to open. */
    public boolean canOpenTraces() {
        return drift.get() != null && selectedDrift.get() != null;
    }

    /**
     * Opens the selected drift row's two traces (the older version's on the left, the newer's on the
     * right) side by side in the trace viewer, the steps that differ marked.
     */
    public void openTraces() {
        DriftReport r = drift.get();
        SampleDrift row = selectedDrift.get();
        if (r == null || row == null) {
            return;
        }
        String id = row.sampleId();
        host.openTraces()
                .accept(new TracePair(
                        id,
                        Revisions.label(r.from()),
                        r.fromRun().trace(id),
                        Revisions.label(r.to()),
                        r.toRun().trace(id)));
    }

    /**
     * File › Export bundle: refused while validation has errors; asks about files upstream ignores;
     * writes the zip and refreshes the folder's lockfile.
     */
    public void exportBundle() {
        Path root = host.root().get();
        if (root == null || !savedFirst("Export bundle")) {
            return;
        }
        SkillPackage pkg = load(root);
        if (pkg == null) {
            return;
        }
        List<Diagnostic> diagnostics = host.validator().apply(pkg);
        List<Diagnostic> errors =
                diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            dialogs.showError(
                    "Export refused: the package has " + errors.size() + " error(s)",
                    errors.stream()
                            .map(d -> d.file() + (d.line() > 0 ? ":" + d.line() : "") + "  " + d.code() + " "
                                    + d.message())
                            .reduce((a, b) -> a + "\n" + b)
                            .orElse(""));
            return;
        }
        List<String> ignored = BundleExporter.ignoredFiles(pkg);
        IgnoredFiles choice = IgnoredFiles.EXCLUDE;
        if (!ignored.isEmpty()) {
            VersionsDialogs.IgnoredAnswer a = dialogs.askIgnored(ignored);
            if (a == VersionsDialogs.IgnoredAnswer.CANCEL) {
                return;
            }
            choice = a == VersionsDialogs.IgnoredAnswer.INCLUDE ? IgnoredFiles.INCLUDE : IgnoredFiles.EXCLUDE;
        }
        Optional<Path> target = dialogs.chooseBundleTarget(BundleExporter.wrapperName(pkg) + ".zip");
        if (target.isEmpty()) {
            return;
        }
        IgnoredFiles decided = choice;
        executor.submit(
                "Exporting bundle",
                p -> {
                    Lockfile.VerifierStamp stamp = LockStamps.of(pkg);
                    BundleResult r = BundleExporter.export(pkg, diagnostics, decided, Optional.of(stamp), target.get());
                    AtomicFiles.write(
                            root.resolve(Lockfile.FILE), LockfileCodec.write(Lockfiles.build(pkg, Optional.of(stamp))));
                    return r;
                },
                r -> {
                    status.set("Exported " + r.zip().getFileName() + " ("
                            + r.entries().size() + " entries, sha256 "
                            + r.sha256().substring(0, 12) + ")");
                    String warnings = r.warnings().isEmpty()
                            ? ""
                            : "\n\nWarnings:\n"
                                    + r.warnings().stream()
                                            .map(d -> d.file() + "  " + d.code() + " " + d.message())
                                            .reduce((a, b) -> a + "\n" + b)
                                            .orElse("");
                    dialogs.showInfo(
                            "Bundle exported",
                            r.zip() + "\n" + r.entries().size() + " entries under " + r.wrapper() + "/\nsha256 "
                                    + r.sha256() + warnings);
                    host.reloadFromDisk().run();
                },
                this::failed);
    }

    private boolean savedFirst(String what) {
        if (host.hasUnsavedEdits().getAsBoolean()) {
            dialogs.showError(
                    what, "Save your edits first: " + what.toLowerCase(Locale.ROOT) + " works on the files on disk.");
            return false;
        }
        return true;
    }

    private SkillPackage load(Path root) {
        var r = new PackageLoader().load(root);
        if (r.skillPackage().isEmpty()) {
            dialogs.showError("Cannot read the package", r.diagnostics().toString());
            return null;
        }
        return r.skillPackage().get();
    }

    private void failed(Throwable e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        status.set(why);
        dialogs.showError("Versions", why);
    }
}
