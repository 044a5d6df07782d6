package io.skillstudio.app.studio.samples;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A sample set as a table: long text wraps, a double-click edits a cell, rows are added and removed. */
public final class SampleSetView extends BorderPane {

    private static final double[] WIDTHS = {90, 300, 380, 90, 120};

    /** Characters a cell shows at most; the full text is in the editor and the tooltip. */
    static final int MAX_SHOWN = 2000;

    public SampleSetView(SampleSetViewModel vm) {
        setId("sampleSetView");
        TableView<SampleRow> table = new TableView<>(vm.rows());
        table.setId("sampleTable");
        table.setEditable(true);
        table.setPlaceholder(new Label("No samples: add one"));
        for (SampleColumn c : SampleColumn.values()) {
            TableColumn<SampleRow, String> col = new TableColumn<>(c.title());
            col.setId("sampleColumn-" + c.name().toLowerCase(Locale.ROOT));
            col.setPrefWidth(WIDTHS[c.ordinal()]);
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(vm.cell(cell.getValue(), c)));
            col.setCellFactory(tc -> new WrappingCell(vm, c));
            table.getColumns().add(col);
        }
        Button add = new Button("Add sample", new FontIcon(Feather.PLUS));
        add.setId("addSample");
        add.setOnAction(e -> {
            vm.addRow();
            table.scrollTo(vm.rows().size() - 1);
        });
        Button remove = new Button("Remove sample", new FontIcon(Feather.MINUS));
        remove.setId("removeSample");
        remove.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeRow(table.getSelectionModel().getSelectedItem()));
        Label format = new Label();
        format.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.formatProperty().get().name() + ", "
                                + vm.rows().size() + " rows",
                        vm.formatProperty(),
                        vm.rows()));
        Label problem = new Label();
        problem.setId("sampleProblem");
        problem.getStyleClass().add("path-missing");
        problem.textProperty().bind(vm.problemProperty());
        setTop(new ToolBar(add, remove, format, problem));
        setCenter(table);
    }

    /** Wraps long text to the column width; edits in a text area (Ctrl+Enter commits, Escape cancels). */
    private static final class WrappingCell extends TableCell<SampleRow, String> {
        private final SampleSetViewModel vm;
        private final SampleColumn column;
        private final Text text = new Text();

        WrappingCell(SampleSetViewModel vm, SampleColumn column) {
            this.vm = vm;
            this.column = column;
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("text");
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(null);
            if (empty || value == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            // Very long cells show their start; the full text is in the editor and the tooltip.
            text.setText(value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + " …" : value);
            setGraphic(text);
            SampleRow row = getTableRow() == null ? null : getTableRow().getItem();
            setTooltip(
                    row != null && row.error().isPresent()
                            ? new Tooltip(row.error().get())
                            : null);
        }

        @Override
        public void startEdit() {
            SampleRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (row == null) {
                return;
            }
            super.startEdit();
            TextArea area = new TextArea(vm.cell(row, column));
            area.setWrapText(true);
            area.setPrefRowCount(6);
            area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                    e.consume();
                    commitEdit(area.getText());
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    cancelEdit();
                }
            });
            area.focusedProperty().addListener((obs, was, now) -> {
                if (!now && isEditing()) {
                    commitEdit(area.getText());
                }
            });
            setGraphic(area);
            area.requestFocus();
        }

        @Override
        public void commitEdit(String value) {
            SampleRow row = getTableRow() == null ? null : getTableRow().getItem();
            super.commitEdit(value);
            if (row != null && !value.equals(vm.cell(row, column))) {
                vm.edit(row, column, value);
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            updateItem(getItem(), isEmpty());
        }
    }
}
