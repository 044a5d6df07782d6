package io.skillstudio.app.studio.project;

import io.skillstudio.app.studio.actions.ActionFactory;
import io.skillstudio.app.studio.actions.StudioAction;
import io.skillstudio.model.load.PackageFile;
import io.skillstudio.model.load.SkillPackage;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The package's files as a tree, with an icon per kind and the package context menu. */
public final class ProjectTreeView extends TreeView<String> {

    /** A tree value: the relative path of a file, or of a folder ending in '/'. */
    private final ProjectViewModel project;

    public ProjectTreeView(ProjectViewModel project, ActionFactory actions, Consumer<String> open) {
        this.project = project;
        setId("projectTree");
        setShowRoot(true);
        setCellFactory(tv -> new FileCell());
        setContextMenu(new ContextMenu(
                actions.contextItem(StudioAction.NEW_RUBRIC),
                actions.contextItem(StudioAction.NEW_CHECKLIST),
                actions.contextItem(StudioAction.NEW_VERIFIER),
                actions.contextItem(StudioAction.NEW_REFERENCE),
                actions.contextItem(StudioAction.NEW_FILE),
                new SeparatorMenuItem(),
                actions.contextItem(StudioAction.RENAME),
                actions.contextItem(StudioAction.DELETE)));
        setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                selectedFile().ifPresent(open);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                selectedFile().ifPresent(open);
            }
        });
        project.diskPackageProperty().addListener((obs, old, pkg) -> rebuild(pkg));
        rebuild(project.diskPackageProperty().get());
    }

    /** The selected file's relative path, empty for folders. */
    public Optional<String> selectedFile() {
        TreeItem<String> item = getSelectionModel().getSelectedItem();
        return Optional.ofNullable(item).map(TreeItem::getValue).filter(v -> !v.isEmpty() && !v.endsWith("/"));
    }

    private void rebuild(SkillPackage pkg) {
        Set<String> expanded = new HashSet<>();
        collectExpanded(getRoot(), expanded);
        if (pkg == null) {
            setRoot(null);
            return;
        }
        TreeItem<String> root = new TreeItem<>("");
        root.setExpanded(true);
        for (PackageFile f : pkg.files()) {
            TreeItem<String> parent = root;
            String[] parts = f.path().split("/");
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < parts.length - 1; i++) {
                prefix.append(parts[i]).append('/');
                parent = child(parent, prefix.toString(), expanded);
            }
            parent.getChildren().add(new TreeItem<>(f.path()));
        }
        root.getChildren()
                .sort((a, b) -> Boolean.compare(
                        !a.getValue().endsWith("/"), !b.getValue().endsWith("/")));
        setRoot(root);
    }

    private static TreeItem<String> child(TreeItem<String> parent, String folder, Set<String> expanded) {
        for (TreeItem<String> c : parent.getChildren()) {
            if (c.getValue().equals(folder)) {
                return c;
            }
        }
        TreeItem<String> item = new TreeItem<>(folder);
        item.setExpanded(expanded.isEmpty() || expanded.contains(folder));
        parent.getChildren().add(item);
        return item;
    }

    private static void collectExpanded(TreeItem<String> item, Set<String> out) {
        if (item == null) {
            return;
        }
        if (item.isExpanded()) {
            out.add(item.getValue());
        }
        item.getChildren().forEach(c -> collectExpanded(c, out));
    }

    private final class FileCell extends TreeCell<String> {
        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            if (empty || value == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (value.isEmpty()) {
                setText(
                        project.root() == null
                                ? ""
                                : String.valueOf(project.root().getFileName()));
                setGraphic(new FontIcon(Feather.PACKAGE));
                return;
            }
            String trimmed = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            setText(trimmed.substring(trimmed.lastIndexOf('/') + 1));
            setGraphic(new FontIcon(value.endsWith("/") ? Feather.FOLDER : iconOf(value)));
        }

        private Feather iconOf(String path) {
            SkillPackage pkg = project.diskPackageProperty().get();
            FileKind kind = FileKind.of(path, pkg == null ? Optional.empty() : pkg.manifest());
            return switch (kind) {
                case SKILL_MD -> Feather.BOOK;
                case MANIFEST -> Feather.LIST;
                case RUBRIC -> Feather.GRID;
                case CHECKLIST -> Feather.CHECK_SQUARE;
                case VERIFIER -> Feather.SHIELD;
                case REFERENCE -> Feather.BOOK_OPEN;
                case SCRIPT -> Feather.CODE;
                case OTHER -> Feather.FILE;
            };
        }
    }
}
