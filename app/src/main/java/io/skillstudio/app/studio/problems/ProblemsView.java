package io.skillstudio.app.studio.problems;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Problems tool window: every diagnostic, errors first; double-click (or Enter) jumps to its position. */
public final class ProblemsView extends TableView<Diagnostic> {

    public ProblemsView(ObservableValue<List<Diagnostic>> diagnostics, Consumer<Diagnostic> reveal) {
        setId("problemsTable");
        getStyleClass().addAll("dense", "problems");
        setPlaceholder(new Label("No problems"));
        TableColumn<Diagnostic, Severity> sev = new TableColumn<>("");
        sev.setPrefWidth(34);
        sev.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().severity()));
        sev.setCellFactory(c -> new SeverityCell());
        TableColumn<Diagnostic, String> msg = text(
                "Message",
                520,
                d -> d.message() + d.fix().map(f -> "  (fix: " + f + ")").orElse(""));
        TableColumn<Diagnostic, String> file = text("File", 180, Diagnostic::file);
        TableColumn<Diagnostic, String> pos = text("Line", 70, d -> d.line() == 0 ? "" : d.line() + ":" + d.column());
        TableColumn<Diagnostic, String> code = text("Code", 70, Diagnostic::code);
        getColumns().addAll(List.of(sev, msg, file, pos, code));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getItems().setAll(diagnostics.getValue());
        diagnostics.addListener((obs, old, now) -> getItems().setAll(now));
        setRowFactory(tv -> {
            TableRow<Diagnostic> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    reveal.accept(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                reveal.accept(getSelectionModel().getSelectedItem());
            }
        });
    }

    private static TableColumn<Diagnostic, String> text(
            String title, double width, Function<Diagnostic, String> value) {
        TableColumn<Diagnostic, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    private static final class SeverityCell extends TableCell<Diagnostic, Severity> {
        @Override
        protected void updateItem(Severity s, boolean empty) {
            super.updateItem(s, empty);
            if (empty || s == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            FontIcon icon = new FontIcon(
                    switch (s) {
                        case ERROR -> Feather.X_CIRCLE;
                        case WARNING -> Feather.ALERT_TRIANGLE;
                        case INFO -> Feather.INFO;
                    });
            icon.getStyleClass().add("severity-" + s.label());
            setGraphic(icon);
            setTooltip(new Tooltip(s.label()));
        }
    }
}
