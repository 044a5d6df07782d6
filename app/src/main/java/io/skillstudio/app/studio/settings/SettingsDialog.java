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
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
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
        font.valueProperty()
                .addListener((obs, old, now) -> settings.fontSizeProperty().set(now));
        ComboBox<LintMode> lint = new ComboBox<>(FXCollections.observableArrayList(LintMode.values()));
        lint.valueProperty().bindBidirectional(settings.lintModeProperty());
        GridPane general = new GridPane();
        general.setHgap(10);
        general.setVgap(10);
        general.setPadding(new Insets(12));
        general.addRow(0, new Label("Theme"), theme);
        general.addRow(1, new Label("Editor font size"), font);
        general.addRow(2, new Label("Lint mode"), lint);
        general.getColumnConstraints().add(labelColumn());

        TableView<StudioAction> keymap =
                new TableView<>(FXCollections.observableArrayList(Arrays.asList(StudioAction.values())));
        keymap.setId("keymapTable");
        keymap.setEditable(true);
        keymap.setPrefSize(620, 380);
        TableColumn<StudioAction, String> action = new TableColumn<>("Action");
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                c.getValue().category() + " › " + c.getValue().text()));
        action.setPrefWidth(260);
        TableColumn<StudioAction, String> id = new TableColumn<>("Id");
        id.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().id()));
        id.setPrefWidth(160);
        TableColumn<StudioAction, String> key = new TableColumn<>("Shortcut");
        key.setCellValueFactory(
                c -> new ReadOnlyStringWrapper(keys.shortcut(c.getValue()).orElse("")));
        key.setCellFactory(TextFieldTableCell.forTableColumn());
        Label conflicts = new Label();
        conflicts.setId("keymapConflicts");
        conflicts.setWrapText(true);
        conflicts.getStyleClass().add("counter-over");
        Runnable showConflicts = () -> conflicts.setText(
                keys.collisions().isEmpty()
                        ? ""
                        : "Conflicts: " + keys.collisions().keySet());
        // One handler does the change and shows its consequence at once (a second handler on the column
        // ran in no guaranteed order, and the warning showed only when the page was opened again).
        key.setOnEditCommit(e -> {
            String v = e.getNewValue().trim();
            if (v.isEmpty() || KeyBindings.parse(v).isPresent()) {
                keys.set(e.getRowValue(), v);
                settings.keyOverrides().clear();
                settings.keyOverrides().putAll(keys.overrides());
                showConflicts.run();
            } else {
                conflicts.setText("'" + v + "' is not a shortcut (e.g. Shortcut+Shift+K)");
            }
            keymap.refresh();
        });
        key.setPrefWidth(160);
        keymap.getColumns().add(action);
        keymap.getColumns().add(id);
        keymap.getColumns().add(key);
        showConflicts.run();
        Label help = new Label(
                "Double-click a shortcut to change it (e.g. Shortcut+Shift+K). Changes apply to new windows.");
        help.setWrapText(true);
        help.setMinHeight(Region.USE_PREF_SIZE);
        VBox keymapPage = new VBox(8, help, keymap, conflicts);
        keymapPage.setPadding(new Insets(12));

        TabPane pages = new TabPane(
                new Tab("Appearance and validation", general),
                new Tab("Keymap", keymapPage),
                new Tab("Model judge", new JudgeSettingsView(judge)));
        pages.setId("settingsPages");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getDialogPane().setContent(pages);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        setOnHidden(e -> {
            // Nobody is left to see the outcome, so stop waiting for it.
            judge.cancelTest();
            settings.save();
        });
    }

    /** A label column as wide as its longest label, so no label is cut to "…" when the dialog is narrow. */
    static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        return c;
    }
}
