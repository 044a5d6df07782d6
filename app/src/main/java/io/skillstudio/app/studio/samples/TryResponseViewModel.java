package io.skillstudio.app.studio.samples;

import io.skillstudio.app.studio.concurrent.Cancellable;
import io.skillstudio.app.studio.concurrent.TaskExecutor;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.EvalSettings;
import io.skillstudio.evaluator.run.EvalSubject;
import io.skillstudio.evaluator.run.Evaluation;
import io.skillstudio.evaluator.run.SampleEvaluator;
import io.skillstudio.evaluator.sample.Sample;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.model.load.SkillPackage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Try a response": a prompt and a response typed into a scratch pane, scored with the open package
 * as shown (unsaved edits included) by the evaluator, off the FX thread. Deterministic checklist items
 * only: {@code judge: model} items come back unscored (judge_unavailable), never as a guess.
 */
public final class TryResponseViewModel {

    /** One checklist item's result, as the pane lists it. */
    public record ItemResult(String id, String severity, String verifier, String result, String explanation) {}

    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty response = new SimpleStringProperty(this, "response", "");
    private final ReadOnlyStringWrapper score = new ReadOnlyStringWrapper(this, "score", "");
    private final ReadOnlyStringWrapper status =
            new ReadOnlyStringWrapper(this, "status", "Type a response to score it");
    private final ObservableList<ItemResult> items = FXCollections.observableArrayList();

    private final Supplier<Optional<SkillPackage>> pkg;
    private final TaskExecutor executor;
    private long generation;
    private Cancellable running = () -> {};

    /** {@code pkg} gives the package as the user sees it now. */
    public TryResponseViewModel(Supplier<Optional<SkillPackage>> pkg, TaskExecutor executor) {
        this.pkg = pkg;
        this.executor = executor;
    }

    // --- properties
    public StringProperty promptProperty() {
        return prompt;
    }

    public StringProperty responseProperty() {
        return response;
    }

    /** The score as text ("0.750"), empty while unscored. */
    public ReadOnlyStringProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** "scored", or "unscored: reason — detail", or why nothing was scored. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<ItemResult> items() {
        return items;
    }

    // --- commands
    /** Scores the current prompt and response; a result for older text is dropped. */
    public void score() {
        Optional<SkillPackage> p = pkg.get();
        if (p.isEmpty()) {
            show("Open a package to score with it", "", List.of());
            return;
        }
        long mine = ++generation;
        running.cancel();
        Sample sample = new Sample(
                "try",
                1,
                prompt.get(),
                List.of(response.get()),
                "",
                List.of(),
                Map.of(),
                Optional.empty(),
                Optional.empty());
        SkillPackage snapshot = p.get();
        running = executor.submit(
                "Scoring the response",
                progress -> evaluate(snapshot, sample),
                ev -> {
                    if (mine == generation) {
                        showResult(ev);
                    }
                },
                e -> {
                    if (mine == generation) {
                        show("Cannot score: " + e.getMessage(), "", List.of());
                    }
                });
    }

    private static Evaluation evaluate(SkillPackage pkg, Sample sample) {
        EvalSubject subject = EvalSubject.of(pkg, Optional.empty());
        return new SampleEvaluator(subject, EvalSettings.of(EvalMode.POINTWISE)).evaluate(sample);
    }

    private void showResult(Evaluation ev) {
        Decision d = ev.result().decision();
        List<ItemResult> rows = ev.trace().events().stream()
                .filter(TraceEvents.Aggregation.class::isInstance)
                .map(TraceEvents.Aggregation.class::cast)
                .findFirst()
                .map(a -> a.breakdown().items().stream()
                        .map(TryResponseViewModel::row)
                        .toList())
                .orElse(List.of());
        String value = d.score() == null ? "" : String.format(Locale.ROOT, "%.3f", d.score());
        String state = d.reason() == null
                ? "scored"
                : "unscored: " + d.reason().code() + (d.detail() == null ? "" : " (" + d.detail() + ")");
        show(state, value, rows);
    }

    private static ItemResult row(ItemScore i) {
        Score s = i.score();
        String result = s.isScored()
                ? (i.failed() ? "fail " : "pass ") + String.format(Locale.ROOT, "%.2f", s.value())
                : "unscored: " + s.reason().code();
        return new ItemResult(
                i.id(), i.severity().name().toLowerCase(Locale.ROOT), i.verifier(), result, i.explanation());
    }

    private void show(String state, String value, List<ItemResult> rows) {
        status.set(state);
        score.set(value);
        items.setAll(rows);
    }
}
