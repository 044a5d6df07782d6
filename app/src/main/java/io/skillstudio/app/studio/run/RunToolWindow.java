package io.skillstudio.app.studio.run;

import io.skillstudio.app.studio.actions.ActionFactory;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.run.results.ChartsView;
import io.skillstudio.app.studio.run.results.ResultsView;
import io.skillstudio.app.studio.run.results.ResultsViewModel;
import io.skillstudio.app.studio.run.results.SummaryView;
import io.skillstudio.app.studio.samples.SampleFileView;
import io.skillstudio.app.studio.samples.SampleFileViewModel;
import io.skillstudio.app.studio.trace.TraceView;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.sample.SampleFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The Run tool window: the run configuration and progress on top; results, summary, charts and kept runs
 * on the left; the trace viewer of the selected sample on the right.
 */
public final class RunToolWindow extends BorderPane {

    private final TabPane tabs = new TabPane();

    public RunToolWindow(
            RunViewModel run,
            ResultsViewModel results,
            SampleFileViewModel samples,
            TraceView trace,
            ActionFactory actions) {
        setId("runToolWindow");
        TextField set = new TextField();
        set.setId("sampleSetField");
        set.setEditable(false);
        set.setPrefColumnCount(18);
        HBox.setHgrow(set, Priority.SOMETIMES);
        set.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> run.sampleSetProperty().get() == null
                                ? ""
                                : run.sampleSetProperty().get().toString(),
                        run.sampleSetProperty()));
        Button choose = new Button("…");
        choose.setId("chooseSampleSet");
        choose.setTooltip(new Tooltip("Choose a sample set: our JSONL, JudgeBench, IFBench or RewardBench2"));
        choose.setOnAction(e -> run.chooseSampleSet());
        ChoiceBox<Optional<EvalMode>> mode = choice(
                "runMode",
                EvalMode.values(),
                EvalMode::code,
                "auto: one response pointwise, two pairwise, more listwise (--mode)");
        mode.valueProperty().bindBidirectional(run.modeProperty());
        ChoiceBox<Optional<SampleFormat>> format = choice(
                "runFormat",
                SampleFormat.values(),
                SampleFormat::code,
                "auto: detected from the first record (--samples-format)");
        format.valueProperty().bindBidirectional(run.formatProperty());
        CheckBox wholeSkill = check(
                "runWholeSkill",
                "Judge whole skill",
                run.wholeSkillProperty(),
                "Judge every sample with the whole skill (the agent loop), even with a checklist (--judge-whole-skill)");
        CheckBox swap = check(
                "runSwap",
                "Swap",
                run.swapProperty(),
                "Pairwise: judge each pair in both orders; disagreeing verdicts are position_inconsistent (--swap)");
        CheckBox strict = check(
                "runStrictSkill",
                "Strict skill",
                run.strictSkillProperty(),
                "Samples whose expected_skill names another skill are unscored, not only warned (--strict-skill)");
        CheckBox invalid = check(
                "runAllowInvalid",
                "Allow invalid package",
                run.allowInvalidProperty(),
                "Run a package that fails validation; every result's provenance records it (--allow-invalid)");
        Label invalidWarning = new Label("⚠ validation errors do not stop this run; results are marked allowInvalid");
        invalidWarning.setId("allowInvalidWarning");
        invalidWarning.getStyleClass().add("path-missing");
        invalidWarning.visibleProperty().bind(run.allowInvalidProperty());
        invalidWarning.managedProperty().bind(run.allowInvalidProperty());
        Spinner<Integer> threads = new Spinner<>(1, 64, run.threadsProperty().get());
        threads.setId("runThreads");
        threads.setPrefWidth(70);
        threads.valueProperty()
                .addListener((obs, old, v) -> run.threadsProperty().set(v));
        CheckBox judge = new CheckBox("Model judge");
        judge.setMinWidth(Region.USE_PREF_SIZE);
        judge.setId("useJudge");
        judge.selectedProperty().bindBidirectional(run.useJudgeProperty());
        judge.setOnMouseEntered(e -> judge.setTooltip(new Tooltip(run.judgeDescription())));
        disableWhileRunning(run, set, choose, mode, format, threads, judge, wholeSkill, swap, strict, invalid);

        ProgressBar progress = new ProgressBar();
        progress.setId("runProgress");
        progress.progressProperty().bind(run.progressProperty());
        progress.setPrefWidth(160);
        Label progressText = new Label();
        progressText.setId("runProgressText");
        progressText.textProperty().bind(run.progressTextProperty());
        Label message = new Label();
        message.setId("runMessage");
        message.getStyleClass().add("run-message");
        message.textProperty().bind(run.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);

        HBox config = new HBox(
                6,
                label("Samples"),
                set,
                choose,
                label("Format"),
                format,
                label("Mode"),
                mode,
                label("Threads"),
                threads,
                judge,
                actions.button(StudioAction.RUN_EVALUATE),
                actions.button(StudioAction.RUN_CANCEL),
                actions.button(StudioAction.RUN_RERUN));
        config.setAlignment(Pos.CENTER_LEFT);
        HBox judging = new HBox(10, wholeSkill, swap, strict, invalid, invalidWarning);
        judging.setId("runChoices");
        judging.setAlignment(Pos.CENTER_LEFT);
        HBox status = new HBox(8, progress, progressText, message);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, config, judging, status);
        top.setPadding(new Insets(4, 6, 4, 6));
        setTop(top);

        tabs.setId("runTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Summary and charts redraw only while their tab is selected (a run that ends behind them costs nothing).
        Tab summary = tab("Summary", null);
        summary.setContent(new SummaryView(results, summary.selectedProperty()));
        Tab charts = tab("Charts", null);
        charts.setContent(new ChartsView(results, charts.selectedProperty()));
        tabs.getTabs()
                .addAll(
                        tab("Results", new ResultsView(results, run::runSample)),
                        summary,
                        charts,
                        tab("Runs", new RunsView(run)),
                        tab("Samples", new SampleFileView(samples)));
        SplitPane split = new SplitPane(tabs, trace);
        split.setDividerPositions(0.4);
        setCenter(split);
    }

    public TabPane tabs() {
        return tabs;
    }

    private static Tab tab(String title, Node content) {
        Tab t = new Tab(title, content);
        t.setId("tab-" + title.toLowerCase(Locale.ROOT));
        return t;
    }

    /** A choice of one of {@code values} or "auto" (empty), as the command line's optional flag. */
    private static <T> ChoiceBox<Optional<T>> choice(String id, T[] values, Function<T, String> code, String autoTip) {
        ChoiceBox<Optional<T>> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().add(Optional.empty());
        for (T v : values) {
            box.getItems().add(Optional.of(v));
        }
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Optional<T> v) {
                return v == null || v.isEmpty() ? "auto" : code.apply(v.get());
            }

            @Override
            public Optional<T> fromString(String s) {
                return Optional.empty();
            }
        });
        box.setTooltip(new Tooltip(autoTip));
        box.setPrefWidth(120);
        return box;
    }

    /** A label that keeps its text whole when the bar is narrow (the fields give way instead). */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static CheckBox check(String id, String text, BooleanProperty value, String tip) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(value);
        c.setTooltip(new Tooltip(tip));
        return c;
    }

    private static void disableWhileRunning(RunViewModel run, Node... nodes) {
        for (Node n : nodes) {
            n.disableProperty().bind(run.runningProperty());
        }
    }
}
