package io.skillstudio.app.studio.run;

import io.skillstudio.app.studio.actions.ActionFactory;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.app.studio.run.results.ChartsView;
import io.skillstudio.app.studio.run.results.ResultsView;
import io.skillstudio.app.studio.run.results.ResultsViewModel;
import io.skillstudio.app.studio.run.results.SummaryView;
import io.skillstudio.app.studio.trace.TraceView;
import io.skillstudio.evaluator.run.EvalMode;
import java.util.Locale;
import javafx.beans.binding.Bindings;
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
import javafx.scene.layout.VBox;

/**
 * The Run tool window: the run configuration and progress on top; results, summary, charts and kept runs
 * on the left; the trace viewer of the selected sample on the right.
 */
public final class RunToolWindow extends BorderPane {

    private final TabPane tabs = new TabPane();

    public RunToolWindow(RunViewModel run, ResultsViewModel results, TraceView trace, ActionFactory actions) {
        setId("runToolWindow");
        TextField set = new TextField();
        set.setId("sampleSetField");
        set.setEditable(false);
        set.setPrefColumnCount(22);
        set.textProperty().bind(Bindings.createStringBinding(() -> run.sampleSetProperty().get() == null ? ""
                : run.sampleSetProperty().get().toString(), run.sampleSetProperty()));
        Button choose = new Button("…");
        choose.setId("chooseSampleSet");
        choose.setTooltip(new Tooltip("Choose a JSONL sample set"));
        choose.setOnAction(e -> run.chooseSampleSet());
        ChoiceBox<EvalMode> mode = new ChoiceBox<>();
        mode.setId("runMode");
        mode.getItems().setAll(EvalMode.values());
        mode.valueProperty().bindBidirectional(run.modeProperty());
        Spinner<Integer> threads = new Spinner<>(1, 64, run.threadsProperty().get());
        threads.setId("runThreads");
        threads.setPrefWidth(70);
        threads.valueProperty().addListener((obs, old, v) -> run.threadsProperty().set(v));
        CheckBox judge = new CheckBox("Model judge");
        judge.setId("useJudge");
        judge.selectedProperty().bindBidirectional(run.useJudgeProperty());
        judge.setOnMouseEntered(e -> judge.setTooltip(new Tooltip(run.judgeDescription())));
        disableWhileRunning(run, set, choose, mode, threads, judge);

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

        HBox config = new HBox(6, new Label("Samples"), set, choose, new Label("Mode"), mode, new Label("Threads"),
                threads, judge, actions.button(StudioAction.RUN_EVALUATE), actions.button(StudioAction.RUN_CANCEL),
                actions.button(StudioAction.RUN_RERUN));
        config.setAlignment(Pos.CENTER_LEFT);
        HBox status = new HBox(8, progress, progressText, message);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, config, status);
        top.setPadding(new Insets(4, 6, 4, 6));
        setTop(top);

        tabs.setId("runTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(tab("Results", new ResultsView(results, run::runSample)),
                tab("Summary", new SummaryView(results)), tab("Charts", new ChartsView(results)),
                tab("Runs", new RunsView(run)));
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

    private static void disableWhileRunning(RunViewModel run, Node... nodes) {
        for (Node n : nodes) {
            n.disableProperty().bind(run.runningProperty());
        }
    }
}
