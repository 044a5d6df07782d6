package io.skillstudio.app.studio.editor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;

/**
 * One tab per open document. The tab list follows the documents list, the selection follows both
 * ways, and a dirty document shows a leading '*'.
 */
public final class EditorTabs extends TabPane {

    private final Map<Document, Tab> tabs = new HashMap<>();
    private final Map<Tab, CodeEditor> editors = new HashMap<>();
    private final ObjectProperty<Document> selected;
    private final Runnable onIdle;
    private final IntegerProperty fontSize;
    private final BiFunction<Document, CodeEditor, Node> content;
    private final Predicate<Document> closeRequest;

    /**
     * @param closeRequest asked before a tab closes; false keeps it open
     * @param content wraps the text editor (structured editors beside it)
     */
    public EditorTabs(
            ObservableList<Document> documents,
            ObjectProperty<Document> selected,
            Runnable onIdle,
            IntegerProperty fontSize,
            Predicate<Document> closeRequest,
            BiFunction<Document, CodeEditor, Node> content) {
        this.selected = selected;
        this.onIdle = onIdle;
        this.fontSize = fontSize;
        this.content = content;
        setId("editorTabs");
        setTabClosingPolicy(TabClosingPolicy.ALL_TABS);
        documents.forEach(this::add);
        documents.addListener((ListChangeListener<Document>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(this::remove);
                c.getAddedSubList().forEach(this::add);
            }
        });
        selected.addListener((obs, old, doc) -> {
            if (doc != null && tabs.containsKey(doc)) {
                getSelectionModel().select(tabs.get(doc));
            }
        });
        getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, tab) -> selected.set(tab == null ? null : (Document) tab.getUserData()));
        this.closeRequest = closeRequest;
    }

    public Optional<CodeEditor> currentEditor() {
        return Optional.ofNullable(getSelectionModel().getSelectedItem()).map(editors::get);
    }

    public void selectNext() {
        if (!getTabs().isEmpty()) {
            int i = (getSelectionModel().getSelectedIndex() + 1) % getTabs().size();
            getSelectionModel().select(i);
        }
    }

    private void add(Document doc) {
        CodeEditor editor = new CodeEditor(doc, onIdle);
        editor.fontSizeProperty().bind(fontSize);
        String name = doc.path().substring(doc.path().lastIndexOf('/') + 1);
        Tab tab = new Tab();
        tab.textProperty()
                .bind(Bindings.when(doc.dirtyProperty()).then("*" + name).otherwise(name));
        tab.setTooltip(new Tooltip(doc.path()));
        tab.setUserData(doc);
        tab.setContent(content.apply(doc, editor));
        tab.setOnCloseRequest(e -> {
            // The ViewModel removes the document (and so this tab) when closing is allowed.
            e.consume();
            closeRequest.test(doc);
        });
        tabs.put(doc, tab);
        editors.put(tab, editor);
        getTabs().add(tab);
        getSelectionModel().select(tab);
    }

    private void remove(Document doc) {
        Tab tab = tabs.remove(doc);
        if (tab != null) {
            CodeEditor e = editors.remove(tab);
            if (e != null) {
                e.dispose();
            }
            getTabs().remove(tab);
        }
    }
}
