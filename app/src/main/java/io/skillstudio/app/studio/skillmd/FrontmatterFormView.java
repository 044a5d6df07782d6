package io.skillstudio.app.studio.skillmd;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The SKILL.md frontmatter form beside the text: name, description with a counter, metadata. */
public final class FrontmatterFormView extends VBox {

    public FrontmatterFormView(FrontmatterFormViewModel vm) {
        setId("frontmatterForm");
        setSpacing(6);
        setPadding(new Insets(10));
        Label title = new Label("Frontmatter");
        title.getStyleClass().add("title-4");

        TextField name = new TextField();
        name.setId("nameField");
        name.textProperty().bindBidirectional(vm.nameProperty());
        Label nameProblem = new Label();
        nameProblem.getStyleClass().add("counter-over");
        nameProblem.textProperty().bind(vm.nameProblemProperty());

        TextArea description = new TextArea();
        description.setId("descriptionField");
        description.setWrapText(true);
        description.setPrefRowCount(5);
        description.textProperty().bindBidirectional(vm.descriptionProperty());
        Label counter = new Label();
        counter.setId("descriptionCounter");
        counter.textProperty()
                .bind(Bindings.format(
                        "%d / %d characters",
                        vm.descriptionLengthProperty(), FrontmatterFormViewModel.DESCRIPTION_LIMIT));
        vm.descriptionTooLongProperty().addListener((obs, old, over) -> {
            if (over) {
                counter.getStyleClass().add("counter-over");
            } else {
                counter.getStyleClass().remove("counter-over");
            }
        });

        TableView<FrontmatterFormViewModel.MetaEntry> meta = new TableView<>(vm.metadata());
        meta.setId("metadataTable");
        meta.setEditable(true);
        meta.setPrefHeight(150);
        meta.getStyleClass().add("dense");
        TableColumn<FrontmatterFormViewModel.MetaEntry, String> key = new TableColumn<>("key");
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().key()));
        key.setPrefWidth(110);
        TableColumn<FrontmatterFormViewModel.MetaEntry, String> value = new TableColumn<>("value");
        value.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().value()));
        value.setCellFactory(TextFieldTableCell.forTableColumn());
        value.setOnEditCommit(e -> vm.setMetadata(e.getRowValue().key(), e.getNewValue()));
        value.setPrefWidth(160);
        meta.getColumns().add(key);
        meta.getColumns().add(value);

        TextField newKey = new TextField();
        newKey.setPromptText("key");
        TextField newValue = new TextField();
        newValue.setPromptText("value");
        Button add = new Button(null, new FontIcon(Feather.PLUS));
        add.setOnAction(e -> {
            vm.setMetadata(newKey.getText(), newValue.getText());
            newKey.clear();
            newValue.clear();
        });
        Button remove = new Button(null, new FontIcon(Feather.MINUS));
        remove.disableProperty()
                .bind(meta.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e ->
                vm.removeMetadata(meta.getSelectionModel().getSelectedItem().key()));
        HBox addRow = new HBox(4, newKey, newValue, add, remove);
        HBox.setHgrow(newKey, Priority.ALWAYS);
        HBox.setHgrow(newValue, Priority.ALWAYS);

        Label editProblem = new Label();
        editProblem.getStyleClass().add("counter-over");
        editProblem.setWrapText(true);
        editProblem.textProperty().bind(vm.editProblemProperty());
        editProblem.managedProperty().bind(editProblem.textProperty().isNotEmpty());
        Label unusable = new Label("The frontmatter does not parse: fix it in the text.");
        unusable.getStyleClass().add("counter-over");
        unusable.visibleProperty().bind(vm.formUsableProperty().not());
        unusable.managedProperty().bind(unusable.visibleProperty());

        VBox fields = new VBox(
                6,
                new Label("Name"),
                name,
                nameProblem,
                new Label("Description"),
                description,
                counter,
                new Label("Metadata"),
                meta,
                addRow,
                editProblem);
        fields.disableProperty().bind(vm.formUsableProperty().not());
        VBox.setVgrow(fields, Priority.ALWAYS);
        getChildren().addAll(title, unusable, fields);
    }
}
