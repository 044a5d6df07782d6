package io.skillstudio.app.studio.versions;

import io.skillstudio.model.versioning.diff.ChangeKind;
import io.skillstudio.model.versioning.diff.DiffSection;
import io.skillstudio.model.versioning.diff.FieldChange;
import io.skillstudio.model.versioning.diff.FileDiff;
import io.skillstudio.model.versioning.diff.ItemChange;
import io.skillstudio.model.versioning.diff.PackageDiff;
import io.skillstudio.model.versioning.diff.SideBySide;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** The diff view: changed files, the structured changes, and the selected file side by side. */
final class DiffPane extends BorderPane {

    DiffPane(VersionsViewModel vm) {
        setId("diffPane");
        Label title = new Label("Select one or two commits in History and press Diff selected");
        title.setId("diffTitle");
        title.getStyleClass().add("tool-window-title");

        ListView<FileDiff> files = new ListView<>();
        files.setId("diffFiles");
        files.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(FileDiff f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.kind().name().charAt(0) + "  " + f.path());
            }
        });
        files.getSelectionModel().selectedItemProperty().addListener((o, old, f) -> {
            if (f != null) {
                vm.selectedFileProperty().set(f);
            }
        });

        TextArea structured = new TextArea();
        structured.setId("diffStructured");
        structured.setEditable(false);
        structured.getStyleClass().add("monospace");

        TableView<SideBySide.Row> sides = new TableView<>(vm.sideBySide());
        sides.setId("diffSideBySide");
        sides.getColumns().add(side("Before", SideBySide.Row::left, "DELETE"));
        sides.getColumns().add(side("After", SideBySide.Row::right, "INSERT"));
        sides.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        sides.setPlaceholder(new Label("No file selected"));
        sides.setFixedCellSize(22);
        // Open a file at its first change, not at its first line.
        vm.sideBySide().addListener((ListChangeListener<SideBySide.Row>) c -> {
            int first = 0;
            while (first < vm.sideBySide().size()
                    && vm.sideBySide().get(first).tag().equals("EQUAL")) {
                first++;
            }
            if (first < vm.sideBySide().size()) {
                sides.scrollTo(Math.max(0, first - 3));
            }
        });
        vm.selectedFileProperty().addListener((o, old, f) -> {
            if (f != null && files.getSelectionModel().getSelectedItem() != f) {
                files.getSelectionModel().select(f);
            }
        });

        vm.diffProperty().addListener((o, old, d) -> {
            files.getItems().setAll(d == null ? List.of() : d.files());
            structured.setText(d == null ? "" : describe(d));
            title.setText(
                    d == null
                            ? ""
                            : Revisions.label(d.from()) + "  →  " + Revisions.label(d.to()) + "   ("
                                    + d.files().size() + " file(s))");
            if (d != null && !d.files().isEmpty()) {
                files.getSelectionModel().select(0);
            }
        });

        SplitPane left = new SplitPane(files, structured);
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.4);
        SplitPane split = new SplitPane(left, sides);
        split.setDividerPositions(0.32);
        setTop(new VBox(title));
        setCenter(split);
    }

    /** The structured changes as readable text: frontmatter keys, then each section's items. */
    static String describe(PackageDiff d) {
        StringBuilder b = new StringBuilder();
        if (!d.frontmatter().isEmpty()) {
            b.append("Frontmatter\n");
            d.frontmatter().forEach(c -> b.append("  ").append(c.describe()).append('\n'));
        }
        for (DiffSection s : d.sections()) {
            b.append(s.name().substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(s.name().substring(1))
                    .append(" — ")
                    .append(s.file())
                    .append('\n');
            for (ItemChange c : s.changes()) {
                b.append("  ")
                        .append(c.kind().name().toLowerCase(Locale.ROOT))
                        .append(' ')
                        .append(c.id())
                        .append('\n');
                if (c.kind() == ChangeKind.CHANGED) {
                    for (FieldChange f : c.fields()) {
                        b.append("      ").append(f.describe()).append('\n');
                    }
                }
            }
        }
        return b.length() == 0
                ? "No structured changes (frontmatter, resources and checklists are the same)"
                : b.toString();
    }

    private static TableColumn<SideBySide.Row, String> side(
            String title, Function<SideBySide.Row, String> value, String ownTag) {
        TableColumn<SideBySide.Row, String> c = new TableColumn<>(title);
        c.setSortable(false);
        c.setCellValueFactory(cd -> new SimpleStringProperty(value.apply(cd.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll("diff-changed", "diff-added", "diff-removed");
                setText(empty ? null : text);
                SideBySide.Row row =
                        empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !row.tag().equals("EQUAL")) {
                    getStyleClass()
                            .add(
                                    row.tag().equals("CHANGE")
                                            ? "diff-changed"
                                            : ownTag.equals("DELETE") ? "diff-removed" : "diff-added");
                }
                setStyle("-fx-font-family: monospace;" + styleOf(row, ownTag));
            }
        });
        return c;
    }

    /** Inline colours so the diff reads the same in both themes' stylesheets. */
    private static String styleOf(SideBySide.Row row, String ownTag) {
        if (row == null || row.tag().equals("EQUAL")) {
            return "";
        }
        if (row.tag().equals("CHANGE")) {
            return "-fx-background-color: rgba(230,180,40,0.28);";
        }
        boolean mine = row.tag().equals(ownTag);
        return mine
                ? (ownTag.equals("DELETE")
                        ? "-fx-background-color: rgba(220,60,60,0.25);"
                        : "-fx-background-color: rgba(60,170,80,0.25);")
                : "";
    }
}
