package io.skillstudio.app.studio.trace;

import io.skillstudio.app.studio.trace.details.StepDetails;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The trace viewer: the step tree (two trees side by side while comparing), the selected step's details
 * with a link to the resource it used, and the response text with its evidence highlighted.
 */
public final class TraceView extends BorderPane {

    private final TraceViewModel vm;
    private final StepTreeView tree;
    private final StepTreeView other;
    private final SplitPane trees;
    private final ScrollPane details = new ScrollPane();
    private final EvidenceView evidence;

    /** @param compareBar controls to pick a trace to compare with (from another run), placed in the header */
    public TraceView(TraceViewModel vm, Node compareBar) {
        this.vm = vm;
        setId("traceView");
        tree = new StepTreeView("traceTree", () -> vm.differingProperty().get());
        other = new StepTreeView("compareTree", () -> vm.differingProperty().get());
        trees = new SplitPane(tree);
        details.setFitToWidth(true);
        details.setId("stepDetails");
        evidence = new EvidenceView(vm);

        Button open = new Button("Open resource", new FontIcon(Feather.EXTERNAL_LINK));
        open.setId("openResource");
        open.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> vm.linkProperty().get().isEmpty(), vm.linkProperty()));
        open.setOnAction(e -> vm.openLink());
        Label link = new Label();
        link.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> vm.linkProperty()
                                .get()
                                .map(t -> t.path() + ":" + t.line())
                                .orElse(""),
                        vm.linkProperty()));
        ComboBox<Integer> response = new ComboBox<>();
        response.setId("responseChooser");
        vm.responses().addListener((ListChangeListener<String>) c -> {
            response.getItems()
                    .setAll(IntStream.range(0, vm.responses().size()).boxed().toList());
            response.setValue(vm.responseProperty().get());
        });
        response.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer i) {
                return i == null
                        ? ""
                        : StepTitles.responseLabel(i, vm.responses().size());
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        response.valueProperty().addListener((obs, old, i) -> {
            if (i != null) {
                vm.responseProperty().set(i);
            }
        });
        vm.responseProperty().addListener((obs, old, i) -> response.setValue(i.intValue()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, open, link, grow, new Label("Response"), response, compareBar);
        bar.setPadding(new Insets(4));
        bar.setAlignment(Pos.CENTER_LEFT);
        Label caption = new Label();
        caption.setId("traceCaption");
        caption.setPadding(new Insets(0, 4, 4, 4));
        caption.textProperty().bind(vm.captionProperty());
        caption.visibleProperty().bind(vm.captionProperty().isNotEmpty());
        caption.managedProperty().bind(caption.visibleProperty());

        SplitPane upper = new SplitPane(trees, details);
        upper.setDividerPositions(0.45);
        SplitPane all = new SplitPane(upper, evidence);
        all.setOrientation(Orientation.VERTICAL);
        all.setDividerPositions(0.7);
        setTop(new VBox(bar, caption));
        setCenter(all);

        vm.rootProperty().addListener((obs, old, r) -> {
            tree.show(r);
            details.setContent(null);
        });
        tree.getSelectionModel()
                .selectedItemProperty()
                .addListener((obs, old, item) -> vm.selectedProperty().set(item == null ? null : item.getValue()));
        vm.selectedProperty().addListener((obs, old, s) -> {
            details.setContent(
                    s == null || vm.traceProperty().get() == null
                            ? null
                            : StepDetails.of(s, vm.traceProperty().get().provenance()));
            TreeItem<Step> item = s == null ? null : tree.find(s.key());
            if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
                tree.scrollTo(tree.getRow(item));
            }
        });
        vm.compareRootProperty().addListener((obs, old, r) -> {
            other.show(r);
            if (r == null) {
                trees.getItems().setAll(tree);
            } else {
                trees.getItems().setAll(tree, other);
            }
            tree.refresh();
        });
    }

    public EvidenceView evidence() {
        return evidence;
    }
}
