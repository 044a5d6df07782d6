package io.skillstudio.app.studio.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The "Model judge" settings page; every field binds to {@link JudgeSettingsViewModel}. */
public final class JudgeSettingsView extends VBox {

    public JudgeSettingsView(JudgeSettingsViewModel vm) {
        setId("judgeSettingsPage");
        setSpacing(10);
        setPadding(new Insets(12));
        JudgePreferences p = vm.preferences();

        TextField url = text("judgeBaseUrl", "http://127.0.0.1:11434/v1");
        url.textProperty().bindBidirectional(p.baseUrlProperty());
        TextField model = text("judgeModel", "qwen3:8b");
        model.textProperty().bindBidirectional(p.modelProperty());
        TextField keyEnv = text("judgeApiKeyEnv", "OPENAI_API_KEY");
        keyEnv.textProperty().bindBidirectional(p.apiKeyEnvProperty());
        Label keyStatus = new Label();
        keyStatus.setId("judgeKeyStatus");
        wrapping(keyStatus);
        keyStatus.textProperty().bind(vm.keyStatusProperty());
        keyStatus
                .graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> vm.keyVariableSetProperty().get() ? icon(Feather.CHECK_CIRCLE, "test-ok") : null,
                        vm.keyVariableSetProperty()));

        Spinner<Double> temperature = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(
                0, 2, p.temperatureProperty().get(), 0.1));
        bind(temperature, p.temperatureProperty().asObject());
        Spinner<Integer> maxTokens =
                intSpinner(1, 1_000_000, 256, p.maxTokensProperty().asObject());
        Spinner<Integer> timeout =
                intSpinner(1, 3600, 10, p.timeoutSecondsProperty().asObject());
        Spinner<Integer> retries = intSpinner(0, 10, 1, p.retriesProperty().asObject());
        Spinner<Integer> concurrency =
                intSpinner(1, 64, 1, p.concurrencyProperty().asObject());
        ComboBox<JudgePreferences.Thinking> thinking =
                new ComboBox<>(FXCollections.observableArrayList(JudgePreferences.Thinking.values()));
        thinking.setId("judgeEnableThinking");
        thinking.valueProperty().bindBidirectional(p.enableThinkingProperty());
        CheckBox sandbox = new CheckBox("Offer the python_sandbox tool (needs python3)");
        sandbox.setMnemonicParsing(false);
        sandbox.setId("judgePythonSandbox");
        sandbox.selectedProperty().bindBidirectional(p.pythonSandboxProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Base URL"), url);
        grid.addRow(row++, new Label("Model"), model);
        grid.addRow(row++, new Label("API key variable"), keyEnv);
        grid.add(keyStatus, 1, row++);
        grid.addRow(row++, new Label("Temperature"), temperature);
        grid.addRow(row++, new Label("Max tokens"), maxTokens);
        grid.addRow(row++, new Label("Timeout (seconds)"), timeout);
        grid.addRow(row++, new Label("Retries"), retries);
        grid.addRow(row++, new Label("Concurrent calls"), concurrency);
        grid.addRow(row++, new Label("enable_thinking"), thinking);
        grid.add(sandbox, 1, row);
        GridPane.setHgrow(url, Priority.ALWAYS);
        // The label column keeps its full width ("Timeout (seconds)"); the fields take what is left.
        grid.getColumnConstraints()
                .addAll(
                        new ColumnConstraints(Region.USE_PREF_SIZE, Region.USE_COMPUTED_SIZE, Region.USE_PREF_SIZE),
                        new ColumnConstraints());

        Label note = new Label("The key is read from the named environment variable when a run starts; "
                + "it is never stored in the settings.");
        wrapping(note);
        note.getStyleClass().add("text-muted");
        Label problem = new Label();
        problem.setId("judgeProblem");
        problem.getStyleClass().add("counter-over");
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.visibleProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());

        getChildren().addAll(grid, note, problem, testRow(vm), testResult(vm));
    }

    private static HBox testRow(JudgeSettingsViewModel vm) {
        Button test = new Button("Test connection", new FontIcon(Feather.ZAP));
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.setId("testConnection");
        test.disableProperty().bind(vm.canTestProperty().not());
        test.setOnAction(e -> vm.testConnection());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("testProgress");
        progress.setPrefSize(20, 20);
        Button cancel = new Button("Cancel test");
        cancel.setId("cancelTest");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancelTest());
        for (Node n : new Node[] {progress, cancel}) {
            n.visibleProperty().bind(vm.testingProperty());
            n.managedProperty().bind(vm.testingProperty());
        }
        HBox box = new HBox(8, test, progress, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The outcome on its own line, so a long failure reason wraps instead of squeezing the buttons. */
    private static Label testResult(JudgeSettingsViewModel vm) {
        Label result = new Label();
        result.setId("testResult");
        wrapping(result);
        result.textProperty().bind(vm.testMessageProperty());
        result.graphicProperty()
                .bind(Bindings.createObjectBinding(
                        () -> switch (vm.testStateProperty().get()) {
                            case OK -> icon(Feather.CHECK_CIRCLE, "test-ok");
                            case FAILED -> icon(Feather.X_CIRCLE, "test-failed");
                            default -> null;
                        },
                        vm.testStateProperty()));
        return result;
    }

    /** A label that wraps in a VBox: without the min height it is cut to one line with an ellipsis. */
    private static void wrapping(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMaxWidth(560);
    }

    private static FontIcon icon(Feather f, String style) {
        FontIcon i = new FontIcon(f);
        i.getStyleClass().add(style);
        return i;
    }

    private static TextField text(String id, String prompt) {
        TextField t = new TextField();
        t.setId(id);
        t.setPromptText(prompt);
        t.setPrefColumnCount(28);
        return t;
    }

    private static Spinner<Integer> intSpinner(int min, int max, int step, ObjectProperty<Integer> target) {
        Spinner<Integer> s =
                new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, target.get(), step));
        bind(s, target);
        return s;
    }

    /**
     * Two-way binding to a primitive property's {@code asObject()} view. The view is kept in the
     * spinner's properties because a bidirectional binding holds it only weakly.
     */
    private static <T> void bind(Spinner<T> s, Property<T> target) {
        s.setEditable(true);
        s.setPrefWidth(130);
        s.getProperties().put("boundTo", target);
        s.getValueFactory().valueProperty().bindBidirectional(target);
        // A typed value counts when the field loses focus, not only on Enter.
        s.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                try {
                    s.getValueFactory()
                            .setValue(s.getValueFactory()
                                    .getConverter()
                                    .fromString(s.getEditor().getText()));
                } catch (RuntimeException e) {
                    s.getEditor().setText(s.getValueFactory().getConverter().toString(s.getValue()));
                }
            }
        });
    }
}
