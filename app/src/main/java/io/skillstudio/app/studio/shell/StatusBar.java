package io.skillstudio.app.studio.shell;

import io.skillstudio.app.studio.editor.Document;
import io.skillstudio.app.studio.validation.ValidationViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Message, background work with progress and cancel, validation counts and the caret position. */
public final class StatusBar extends HBox {

    private final Label work = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(null, new FontIcon(Feather.X));

    public StatusBar(
            ObservableStringValue message,
            ValidationViewModel validation,
            ObjectProperty<Document> selected,
            ObservableList<Task<?>> running,
            Runnable toggleLintMode) {
        getStyleClass().add("status-bar");
        setId("statusBar");
        setPadding(new Insets(2, 8, 2, 8));
        setSpacing(12);
        setAlignment(Pos.CENTER_LEFT);
        Label msg = new Label();
        msg.textProperty().bind(message);
        Label errors = new Label();
        errors.setId("errorCount");
        errors.setGraphic(new FontIcon(Feather.X_CIRCLE));
        errors.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Counts.of(validation.errorsProperty().get(), "error"), validation.errorsProperty()));
        Label warnings = new Label();
        warnings.setId("warningCount");
        warnings.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        warnings.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> Counts.of(validation.warningsProperty().get(), "warning"),
                        validation.warningsProperty()));
        Label caret = new Label();
        caret.setId("caretPosition");
        caret.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            Document d = selected.get();
                            return d == null
                                    ? ""
                                    : d.caretLineProperty().get() + ":"
                                            + d.caretColumnProperty().get();
                        },
                        selected));
        selected.addListener((obs, old, d) -> {
            if (d != null) {
                caret.textProperty().bind(Bindings.format("%d:%d", d.caretLineProperty(), d.caretColumnProperty()));
            } else {
                caret.textProperty().unbind();
                caret.setText("");
            }
        });
        Button lint = new Button();
        lint.setId("lintMode");
        lint.getStyleClass().addAll("flat", "small");
        lint.setTooltip(new Tooltip("Lint mode of this package: click to switch between strict and skillrm"));
        lint.textProperty().bind(validation.lintModeProperty().asString());
        lint.setOnAction(e -> toggleLintMode.run());
        progress.setPrefWidth(120);
        cancel.getStyleClass().addAll("flat", "small");
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(msg, spring, work, progress, cancel, errors, warnings, lint, caret);
        running.addListener((ListChangeListener<Task<?>>) c -> showWork(running));
        showWork(running);
    }

    private void showWork(ObservableList<Task<?>> running) {
        boolean busy = !running.isEmpty();
        work.setVisible(busy);
        progress.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            Task<?> t = running.get(running.size() - 1);
            work.textProperty().bind(t.messageProperty());
            progress.progressProperty().bind(t.progressProperty());
            cancel.setOnAction(e -> t.cancel(true));
        } else {
            work.textProperty().unbind();
            progress.progressProperty().unbind();
        }
    }
}
