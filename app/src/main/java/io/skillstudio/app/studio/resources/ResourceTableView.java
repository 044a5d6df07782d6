package io.skillstudio.app.studio.resources;

import io.skillstudio.model.resources.ResourceEntry;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.converter.DefaultStringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The typed table editor of resources.yaml: enum columns offer the known values, paths have a picker. */
public final class ResourceTableView extends BorderPane {

    private final ResourceTableViewModel vm;
    private final TableView<ResourceEntry> table = new TableView<>();

    /** {@code pickFile} lets the user choose a file and returns its path relative to the package. */
    public ResourceTableView(ResourceTableViewModel vm, Function<String, Optional<String>> pickFile) {
        this.vm = vm;
        setId("resourceTable");
        table.setId("resourceTableView");
        table.setEditable(true);
        table.editableProperty().bind(vm.editableProperty());
        table.setItems(vm.rows());
        table.getStyleClass().add("dense");
        table.setPlaceholder(new Label("No resources: add one"));
        for (String key : ResourceTableViewModel.COLUMNS) {
            table.getColumns().add(key.equals("path") ? pathColumn(pickFile) : column(key));
        }
        TableColumn<ResourceEntry, String> other = new TableColumn<>("other keys");
        other.setEditable(false);
        other.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.join(", ", c.getValue().unknownFields().keySet())));
        table.getColumns().add(other);

        Button add = button("Add resource", Feather.PLUS, "addResource");
        add.setOnAction(e -> vm.add());
        Button remove = button("Remove", Feather.MINUS, "removeResource");
        remove.setOnAction(e -> selected().ifPresent(vm::remove));
        Button up = button("Move up", Feather.ARROW_UP, "moveResourceUp");
        up.setOnAction(e -> selected().ifPresent(r -> moveKeepingSelection(r, -1)));
        Button down = button("Move down", Feather.ARROW_DOWN, "moveResourceDown");
        down.setOnAction(e -> selected().ifPresent(r -> moveKeepingSelection(r, +1)));
        var noSelection = table.getSelectionModel().selectedItemProperty().isNull();
        add.disableProperty().bind(vm.editableProperty().not());
        remove.disableProperty().bind(noSelection.or(vm.editableProperty().not()));
        up.disableProperty().bind(remove.disableProperty());
        down.disableProperty().bind(remove.disableProperty());
        Label problem = new Label();
        problem.setId("resourceTableProblem");
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add("path-missing");
        setTop(new ToolBar(add, remove, up, down, problem));
        setCenter(table);
    }

    private Optional<ResourceEntry> selected() {
        return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
    }

    private void moveKeepingSelection(ResourceEntry r, int delta) {
        int at = table.getSelectionModel().getSelectedIndex();
        vm.move(r, delta);
        table.getSelectionModel().clearAndSelect(Math.max(0, Math.min(vm.rows().size() - 1, at + delta)));
    }

    private static Button button(String text, Feather icon, String id) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        return b;
    }

    private TableColumn<ResourceEntry, String> column(String key) {
        TableColumn<ResourceEntry, String> c = new TableColumn<>(key);
        c.setId("col-" + key);
        c.setPrefWidth(key.equals("id") ? 150 : 120);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(ResourceTableViewModel.display(cell.getValue(), key)));
        var known = ResourceTableViewModel.knownValues(key);
        if (!known.isEmpty() && !ResourceTableViewModel.isList(key)) {
            c.setCellFactory(col -> {
                ComboBoxTableCell<ResourceEntry, String> cell =
                        new ComboBoxTableCell<>(FXCollections.observableArrayList(known));
                // Values outside the known set are legal (validation only warns), so the box stays editable.
                cell.setComboBoxEditable(true);
                return cell;
            });
        } else {
            c.setCellFactory(TextFieldTableCell.forTableColumn());
        }
        c.setOnEditCommit(e -> vm.setField(e.getRowValue(), key, e.getNewValue()));
        return c;
    }

    private TableColumn<ResourceEntry, String> pathColumn(Function<String, Optional<String>> pickFile) {
        TableColumn<ResourceEntry, String> c = new TableColumn<>("path");
        c.setId("col-path");
        c.setPrefWidth(220);
        c.setCellValueFactory(
                cell -> new ReadOnlyStringWrapper(ResourceTableViewModel.display(cell.getValue(), "path")));
        c.setCellFactory(col -> new PathCell(pickFile));
        c.setOnEditCommit(e -> vm.setField(e.getRowValue(), "path", e.getNewValue()));
        return c;
    }

    /** Path text with an exists/missing mark and a "…" picker button. */
    private final class PathCell extends TextFieldTableCell<ResourceEntry, String> {
        private final Function<String, Optional<String>> pickFile;

        PathCell(Function<String, Optional<String>> pickFile) {
            super(new DefaultStringConverter());
            this.pickFile = pickFile;
        }

        @Override
        public void updateItem(String path, boolean empty) {
            super.updateItem(path, empty);
            if (empty || isEditing()) {
                if (empty) {
                    setGraphic(null);
                }
                return;
            }
            boolean exists = vm.fileExists(path);
            FontIcon mark = new FontIcon(exists ? Feather.CHECK : Feather.ALERT_CIRCLE);
            mark.getStyleClass().add(exists ? "path-ok" : "path-missing");
            Label state = new Label(null, mark);
            state.setTooltip(new Tooltip(exists ? "File exists" : "No such file in the package"));
            Button pick = new Button("…");
            pick.getStyleClass().addAll("flat", "small");
            pick.setOnAction(e -> {
                ResourceEntry row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    pickFile.apply(path).ifPresent(p -> vm.setField(row, "path", p));
                }
            });
            pick.disableProperty().bind(Bindings.not(vm.editableProperty()));
            HBox box = new HBox(4, state, pick);
            box.setAlignment(Pos.CENTER_LEFT);
            box.setPadding(new Insets(0));
            setGraphic(box);
            setContentDisplay(ContentDisplay.RIGHT);
        }
    }

    /** Resolves a chosen absolute file to a package-relative POSIX path, if it is inside the package. */
    public static Optional<String> relativize(Path root, Path chosen) {
        Path r = root.toAbsolutePath().normalize();
        Path c = chosen.toAbsolutePath().normalize();
        if (!c.startsWith(r)) {
            return Optional.empty();
        }
        return Optional.of(r.relativize(c).toString().replace('\\', '/'));
    }
}
