package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.trace.ResponseText;
import io.skillstudio.evaluator.trace.Trace;
import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.model.load.SkillPackage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The trace viewer's state for one sample: the step tree, the selected step and its resource link, the
 * response texts with their evidence highlights, the item whose spans to scroll to, and an optional
 * second trace of the same sample to compare with.
 */
public final class TraceViewModel {

    private final Consumer<ResourceTarget> opener;
    private final ReadOnlyObjectWrapper<Step> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ReadOnlyObjectWrapper<Trace> trace = new ReadOnlyObjectWrapper<>(this, "trace");
    private final ObjectProperty<Step> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Optional<ResourceTarget>> link =
            new ReadOnlyObjectWrapper<>(this, "link", Optional.empty());
    private final IntegerProperty response = new SimpleIntegerProperty(this, "response", 0);
    private final ObservableList<String> responses = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper responseText = new ReadOnlyStringWrapper(this, "responseText", "");
    private final ObservableList<Highlight> highlights = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<Highlight>> focus = new ReadOnlyObjectWrapper<>(this, "focus", List.of());
    private final ReadOnlyObjectWrapper<Step> compareRoot = new ReadOnlyObjectWrapper<>(this, "compareRoot");
    private final ReadOnlyObjectWrapper<Set<String>> differing =
            new ReadOnlyObjectWrapper<>(this, "differing", Set.of());
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private ResourceLinks links;

    /** @param opener opens a package file at a line in the editor (the shell's reveal path) */
    public TraceViewModel(Consumer<ResourceTarget> opener) {
        this.opener = opener;
        selected.addListener((obs, old, s) -> onSelect(s));
        response.addListener((obs, old, r) -> showResponse(r.intValue()));
    }

    /**
     * Shows a trace.
     *
     * @param texts the response texts in order (from the sample), empty when unknown
     * @param pkg the package the links point into, empty when the run's package is not open
     */
    public void show(Trace trace, List<String> texts, Optional<SkillPackage> pkg) {
        Step tree = TraceTree.build(trace);
        links = pkg.map(p -> new ResourceLinks(p, tree)).orElse(null);
        responses.setAll(texts);
        clearCompare();
        caption.set("");
        this.trace.set(trace);
        root.set(tree);
        selected.set(null);
        response.set(0);
        showResponse(0);
    }

    public void clear() {
        trace.set(null);
        root.set(null);
        selected.set(null);
        responses.clear();
        clearCompare();
        caption.set("");
        showResponse(0);
    }

    /**
     * Shows two traces of one sample side by side, the left one selectable with its details and evidence,
     * the steps that differ marked in both; a missing side leaves the other alone, without comparing.
     *
     * @param pkg the package the left trace's links point into, empty when it is not the open one
     */
    public void showPair(TracePair pair, Optional<SkillPackage> pkg) {
        Optional<Trace> first = pair.left().or(pair::right);
        if (first.isEmpty()) {
            clear();
            return;
        }
        show(
                first.get(),
                first.get().responses().stream().map(ResponseText::text).toList(),
                pair.left().isPresent() ? pkg : Optional.empty());
        if (pair.left().isPresent() && pair.right().isPresent()) {
            compareWith(pair.right().get());
        }
        caption.set(pair.caption());
    }

    /** The trace shown (its provenance heads the run step's details). */
    public ReadOnlyObjectProperty<Trace> traceProperty() {
        return trace.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public ObjectProperty<Step> selectedProperty() {
        return selected;
    }

    /** The package file and line the selected step used, if any. */
    public ReadOnlyObjectProperty<Optional<ResourceTarget>> linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** Which response the text view shows (0-based). */
    public IntegerProperty responseProperty() {
        return response;
    }

    public ObservableList<String> responses() {
        return responses;
    }

    public ReadOnlyStringProperty responseTextProperty() {
        return responseText.getReadOnlyProperty();
    }

    public ObservableList<Highlight> highlights() {
        return highlights;
    }

    /** The spans of the selected step's item in the shown response: the view scrolls to the first. */
    public ReadOnlyObjectProperty<List<Highlight>> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    /** What a side-by-side pair shows (which trace is left, which right); empty for a single trace. */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Step> compareRootProperty() {
        return compareRoot.getReadOnlyProperty();
    }

    /** Keys of the steps that differ from the compared trace; empty when not comparing. */
    public ReadOnlyObjectProperty<Set<String>> differingProperty() {
        return differing.getReadOnlyProperty();
    }

    // --- commands
    /** Opens the selected step's resource in the editor. */
    public void openLink() {
        link.get().ifPresent(opener);
    }

    /** Selects the verifier step that produced a span (clicking evidence in the response). */
    public void selectEvidence(Highlight h) {
        Step tree = root.get();
        if (tree != null) {
            tree.flatten().stream()
                    .filter(s -> s.key().equals(h.stepKey()))
                    .findFirst()
                    .ifPresent(selected::set);
        }
    }

    /** Compares the shown trace with another trace of the same sample (another run). */
    public void compareWith(Trace other) {
        Step tree = root.get();
        if (tree == null) {
            return;
        }
        Step theirs = TraceTree.build(other);
        compareRoot.set(theirs);
        differing.set(TraceDiff.differing(tree, theirs));
    }

    public void clearCompare() {
        compareRoot.set(null);
        differing.set(Set.of());
    }

    private void onSelect(Step s) {
        link.set(s == null || links == null ? Optional.empty() : links.of(s));
        if (s != null && s.response() >= 0 && s.response() < responses.size() && s.response() != response.get()) {
            response.set(s.response());
        }
        updateFocus();
    }

    private void showResponse(int index) {
        String text = index >= 0 && index < responses.size() ? responses.get(index) : "";
        responseText.set(text);
        Step tree = root.get();
        highlights.setAll(tree == null ? List.of() : EvidenceHighlights.of(tree, index, text.length()));
        updateFocus();
    }

    private void updateFocus() {
        Step s = selected.get();
        String item = s == null
                ? null
                : s.event()
                        .filter(e -> e instanceof TraceEvents.VerifierRun)
                        .map(e -> ((TraceEvents.VerifierRun) e).item())
                        .orElse(null);
        focus.set(
                item == null
                        ? List.of()
                        : highlights.stream().filter(h -> h.item().equals(item)).toList());
    }
}
