package io.skillstudio.app.studio.editor;

import io.skillstudio.model.diagnostics.Diagnostic;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One open file: its text, the text last saved, and what the editor shows about it. Every editor of
 * the file (text area, form, table) reads and writes {@link #textProperty()}, which keeps them in sync.
 */
public final class Document {

    /**
     * Where the editor should move the caret (1-based line and 1-based UTF-16 char column, the unit of
     * diagnostics); views consume and clear it.
     */
    public record Position(int line, int column) {}

    private final String path;
    private final FileType type;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper savedText = new ReadOnlyStringWrapper(this, "savedText", "");
    private final BooleanBinding dirty =
            Bindings.createBooleanBinding(() -> !text.get().equals(savedText.get()), text, savedText);
    private final ObjectProperty<List<Diagnostic>> diagnostics =
            new SimpleObjectProperty<>(this, "diagnostics", List.of());
    private final ObjectProperty<Position> revealRequest = new SimpleObjectProperty<>(this, "revealRequest");
    private final IntegerProperty caretLine = new SimpleIntegerProperty(1);
    private final IntegerProperty caretColumn = new SimpleIntegerProperty(1);
    private final ObjectProperty<byte[]> diskBytes = new SimpleObjectProperty<>(new byte[0]);
    private final String lineSeparator;

    public Document(String path, String savedText) {
        this(path, savedText, LineEndings.LF);
    }

    /** {@code savedText} in editor form (LF only); {@code lineSeparator} is what the file on disk uses. */
    public Document(String path, String savedText, String lineSeparator) {
        this.path = path;
        this.lineSeparator = lineSeparator;
        this.type = FileType.of(path);
        this.savedText.set(savedText);
        this.text.set(savedText);
    }

    // --- properties
    public String path() {
        return path;
    }

    public FileType type() {
        return type;
    }

    /** The line separator of the file on disk, put back when saving. */
    public String lineSeparator() {
        return lineSeparator;
    }

    /** The current text as it is written to disk: the file's own line separator restored. */
    public String diskText() {
        return LineEndings.toDisk(text.get(), lineSeparator);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    public ReadOnlyStringProperty savedTextProperty() {
        return savedText.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Diagnostics of this file only, from the newest validation. */
    public ObjectProperty<List<Diagnostic>> diagnosticsProperty() {
        return diagnostics;
    }

    public ObjectProperty<Position> revealRequestProperty() {
        return revealRequest;
    }

    public IntegerProperty caretLineProperty() {
        return caretLine;
    }

    public IntegerProperty caretColumnProperty() {
        return caretColumn;
    }

    /** The bytes on disk when last read or written, to tell our own writes from others'. */
    public ObjectProperty<byte[]> diskBytesProperty() {
        return diskBytes;
    }

    // --- commands
    /** After a save: the current text is now the saved one. */
    public void markSaved(String saved) {
        savedText.set(saved);
    }

    /** Replaces both texts, for "reload from disk". */
    public void reload(String fromDisk) {
        savedText.set(fromDisk);
        text.set(fromDisk);
    }
}
