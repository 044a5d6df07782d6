package io.skillstudio.app.studio.routing;

import io.skillstudio.app.studio.concurrent.Cancellable;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.evaluator.routing.Collisions;
import io.skillstudio.evaluator.routing.LazyEmbeddings;
import io.skillstudio.evaluator.routing.Router;
import io.skillstudio.evaluator.routing.RoutingDecision;
import io.skillstudio.evaluator.routing.RoutingReport;
import io.skillstudio.evaluator.routing.SkillCatalog;
import io.skillstudio.evaluator.routing.SkillProfile;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.sample.SampleSet;
import io.skillstudio.evaluator.sample.SampleSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Routing tool window: skills (folders of packages, or packages) and a sample set are routed in the
 * background; the ranking of the selected sample, the confusion matrix of the set (a cell lists its
 * samples) and the description collisions are its state. It answers with BM25 at once and routes again
 * when the embedding model has loaded.
 */
public final class RoutingViewModel {

    // --- state
    private final ObservableList<Path> skillRoots = FXCollections.observableArrayList();
    private final ObjectProperty<Path> sampleSet = new SimpleObjectProperty<>(this, "sampleSet");
    private final ReadOnlyObjectWrapper<RoutingReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<RoutingDecision> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObservableList<RoutingDecision> cellSamples = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ObservableList<String> problems = FXCollections.observableArrayList();

    private final TaskExecutor executor;
    private final LazyEmbeddings embeddings;
    private List<SkillProfile> skills = List.of();
    private Cancellable job = () -> {};
    private long generation;

    /**
     * @param onFxThread how the embedding model's arrival is brought back to the FX thread
     *     ({@code Platform::runLater} in the studio, {@code Runnable::run} in tests)
     */
    public RoutingViewModel(TaskExecutor executor, LazyEmbeddings embeddings, Consumer<Runnable> onFxThread) {
        this.executor = executor;
        this.embeddings = embeddings;
        embeddings
                .future()
                .thenRun(() -> onFxThread.accept(() -> {
                    if (report.get() != null && !report.get().embeddings()) {
                        route();
                    }
                }));
    }

    public ObservableList<Path> skillRoots() {
        return skillRoots;
    }

    public ObjectProperty<Path> sampleSetProperty() {
        return sampleSet;
    }

    public ReadOnlyObjectProperty<RoutingReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RoutingDecision> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<RoutingDecision> cellSamples() {
        return cellSamples;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Paths that gave no skill and sample lines that did not parse, as messages. */
    public ObservableList<String> problems() {
        return problems;
    }

    // --- commands

    /** Routes the sample set among the skills in the background; the newest request wins. */
    public void route() {
        Path samples = sampleSet.get();
        if (samples == null || skillRoots.isEmpty()) {
            status.set("Choose skill folders and a sample set to route.");
            return;
        }
        List<Path> roots = List.copyOf(skillRoots);
        long mine = ++generation;
        job.cancel();
        running.set(true);
        status.set("Routing…");
        job = executor.submit(
                "Routing samples",
                progress -> compute(roots, samples),
                result -> {
                    if (mine == generation) {
                        apply(result);
                    }
                },
                failure -> {
                    if (mine == generation) {
                        running.set(false);
                        status.set("Routing failed: " + failure.getMessage());
                    }
                });
    }

    /** Shows the ranking of one sample. */
    public void select(String sampleId) {
        RoutingReport r = report.get();
        selected.set(
                r == null
                        ? null
                        : r.decisions().stream()
                                .filter(d -> d.sampleId().equals(sampleId))
                                .findFirst()
                                .orElse(null));
    }

    /** Lists the samples of one confusion-matrix cell. */
    public void selectCell(String expected, String chosen) {
        RoutingReport r = report.get();
        cellSamples.setAll(
                r == null
                        ? List.of()
                        : r.decisions().stream()
                                .filter(d -> expected.equals(d.expectedSkill()) && chosen.equals(d.chosen()))
                                .toList());
    }

    /** The SKILL.md of a routed skill, to open in the editor. */
    public Optional<Path> skillMd(String skill) {
        return skills.stream()
                .filter(s -> s.name().equals(skill))
                .findFirst()
                .map(SkillProfile::source)
                .map(p -> p.getFileName() != null && p.toString().endsWith(".zip") ? p : p.resolve("SKILL.md"));
    }

    private record Computed(List<SkillProfile> skills, RoutingReport report, List<String> problems) {}

    private Computed compute(List<Path> roots, Path samples) throws Exception {
        SkillCatalog.Loaded catalog = SkillCatalog.load(roots);
        List<String> issues = new ArrayList<>();
        catalog.problems().forEach(p -> issues.add(p.path() + ": " + p.message()));
        SampleSet set = SampleSources.read(samples, Optional.empty(), SampleSources.DEFAULT_SEED);
        set.errors().forEach(e -> issues.add(e.toString()));
        Router router = new Router(catalog.skills(), embeddings);
        boolean withEmbeddings = router.embeddingsReady();
        List<RoutingDecision> decisions = new ArrayList<>();
        for (Sample s : set.samples()) {
            decisions.add(router.route(s, Optional.empty()));
        }
        RoutingReport r = RoutingReport.of(
                catalog.skills().stream().map(SkillProfile::name).toList(),
                withEmbeddings,
                decisions,
                Collisions.find(router, withEmbeddings ? embeddings.now() : Optional.empty()));
        return new Computed(catalog.skills(), r, issues);
    }

    private void apply(Computed c) {
        String previous = selected.get() == null ? null : selected.get().sampleId();
        skills = c.skills();
        problems.setAll(c.problems());
        report.set(c.report());
        cellSamples.clear();
        running.set(false);
        RoutingReport r = c.report();
        status.set(r.samples() + " samples, " + r.skills().size() + " skills"
                + (r.accuracy() == null ? "" : String.format(Locale.ROOT, ", accuracy %.1f%%", r.accuracy() * 100))
                + ", " + r.ambiguous() + " ambiguous, " + r.collisions().size() + " collisions"
                + (r.embeddings() ? " (BM25 + embeddings)" : " (BM25; embeddings loading)"));
        if (previous != null) {
            select(previous);
        } else if (!r.decisions().isEmpty()) {
            select(r.decisions().get(0).sampleId());
        }
        // The model may have arrived while this lexical routing ran: route once more with it.
        if (!r.embeddings() && embeddings.now().isPresent()) {
            route();
        }
    }
}
