package io.skillstudio.app.studio.settings;

import io.skillstudio.app.studio.actions.KeyBindings;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.model.validation.LintMode;
import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Settings: appearance (theme, editor font), validation (lint mode), the keymap and the model judge.
 * Keymap changes take effect for new windows; the others at once.
 */
public final class SettingsDialog extends Dialog<ButtonType> {

    public SettingsDialog(StudioSettings settings, KeyBindings keys, JudgeSettingsViewModel judge, Window owner) {
        initOwner(owner);
        setTitle("Settings");
        setHeaderText("Settings");
        ComboBox<Theme> theme = new ComboBox<>(FXCollections.observableArrayList(Theme.values()));
        theme.setId("themeChoice");
        theme.valueProperty().bindBidirectional(settings.themeProperty());
        Spinner<Integer> font = new Spinner<>(8, 40, settings.fontSizeProperty().get());
        font.valueProperty().addListener((obs, old, now) -> settings.fontSizeProperty().set(now));
        ComboBox<LintMode> lint = new ComboBox<>(FXCollections.observableArrayList(LintMode.values()));
        lint.valueProperty().bindBidirectional(settings.lintModeProperty());
        GridPane general = new GridPane();
        general.setHgap(10);
        general.setVgap(10);
        general.setPadding(new Insets(12));
        general.addRow(0, new Label("Theme"), theme);
        general.addRow(1, new Label("Editor font size"), font);
        general.addRow(2, new Label("Lint mode"), lint);

        TableView<StudioAction> keymap = new TableView<>(FXCollections.observableArrayList(Arrays.asList(StudioAction.values())));
        keymap.setId("keymapTable");
        keymap.setEditable(true);
        keymap.setPrefSize(620, 380);
        TableColumn<StudioAction, String> action = new TableColumn<>("Action");
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().category() + " › " + c.getValue().text()));
        action.setPrefWidth(260);
        TableColumn<StudioAction, String> id = new TableColumn<>("Id");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setPrefWidth(160);
        TableColumn<StudioAction, String> key = new TableColumn<>("Shortcut");
        key.setCellValueFactory(c -> new ReadOnlyStringWrapper(keys.shortcut(c.getValue()).orElse("")));
        key.setCellFactory(TextFieldTableCell.forTableColumn());
        key.setOnEditCommit(e -> {
            String v = e.getNewValue().trim();
            if (v.isEmpty() || KeyBindings.parse(v).isPresent()) {
                keys.set(e.getRowValue(), v);
                settings.keyOverrides().clear();
                settings.keyOverrides().putAll(keys.overrides());
            }
            keymap.refresh();
        });
        key.setPrefWidth(160);
        keymap.getColumns().add(action);
        keymap.getColumns().add(id);
        keymap.getColumns().add(key);
        Label conflicts = new Label();
        conflicts.getStyleClass().add("counter-over");
        Runnable showConflicts = () -> conflicts.setText(keys.collisions().isEmpty() ? ""
                : "Conflicts: " + keys.collisions().keySet());
        key.addEventHandler(TableColumn.editCommitEvent(), e -> showConflicts.run());
        showConflicts.run();
        VBox keymapPage = new VBox(8, new Label("Double-click a shortcut to change it (e.g. Shortcut+Shift+K). "
                + "Changes apply to new windows."), keymap, conflicts);
        keymapPage.setPadding(new Insets(12));

        TabPane pages = new TabPane(new Tab("Appearance and validation", general), new Tab("Keymap", keymapPage),
                new Tab("Model judge", new JudgeSettingsView(judge)));
        pages.setId("settingsPages");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getDialogPane().setContent(pages);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);
        setOnHidden(e -> {
            // Nobody is left to see the outcome, so stop waiting for it.
            judge.cancelTest();
            settings.save();
        });
    }
}
