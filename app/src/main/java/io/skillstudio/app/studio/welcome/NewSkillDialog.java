package io.skillstudio.app.studio.welcome;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The New-skill wizard's dialog; the result is the folder to create, and the ViewModel creates it. */
public final class NewSkillDialog extends Dialog<Boolean> {

    public NewSkillDialog(NewSkillViewModel vm, Window owner) {
        initOwner(owner);
        setTitle("New skill");
        setHeaderText("Create a skill package from a template");
        ListView<TemplateCatalog.Template> list = new ListView<>(vm.templates());
        list.setId("templateList");
        list.setPrefSize(520, 220);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(TemplateCatalog.Template t, boolean empty) {
                super.updateItem(t, empty);
                setText(
                        empty || t == null
                                ? null
                                : (t.group().equals("templates") ? "Template · " : "Sample · ")
                                        + t.id()
                                        + (t.description().isEmpty() ? "" : "\n    " + shorten(t.description())));
            }
        });
        list.getSelectionModel().select(vm.templateProperty().get());
        vm.templateProperty().bind(list.getSelectionModel().selectedItemProperty());
        TextField name = new TextField();
        name.setId("newSkillName");
        name.textProperty().bindBidirectional(vm.nameProperty());
        Label where = new Label();
        where.textProperty().bind(vm.parentProperty().asString());
        Button browse = new Button("Choose folder…");
        browse.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Where to create the skill");
            Path p = vm.parentProperty().get();
            if (p != null && p.toFile().isDirectory()) {
                c.setInitialDirectory(p.toFile());
            }
            Optional.ofNullable(c.showDialog(owner)).map(File::toPath).ifPresent(vm.parentProperty()::set);
        });
        Label problem = new Label();
        problem.getStyleClass().add("counter-over");
        problem.textProperty().bind(vm.problemProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label("Template"), list);
        grid.addRow(1, new Label("Name"), name);
        grid.addRow(2, new Label("Location"), where, browse);
        grid.add(problem, 1, 3, 2, 1);
        GridPane.setHgrow(list, Priority.ALWAYS);
        ColumnConstraints labels = new ColumnConstraints();
        // Labels keep their full width ("Template", "Location" were cut to "…" as the list grew).
        labels.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        where.setWrapText(true);
        where.setMinHeight(Region.USE_PREF_SIZE);
        getDialogPane().setContent(grid);
        ButtonType create = new ButtonType("Create skill", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(create, ButtonType.CANCEL);
        getDialogPane()
                .lookupButton(create)
                .disableProperty()
                .bind(vm.canCreateProperty().not());
        setResultConverter(b -> b == create);
    }

    private static String shorten(String s) {
        return s.length() > 90 ? s.substring(0, 87) + "…" : s;
    }
}
