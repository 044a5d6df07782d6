package io.skillstudio.app.studio.routing;

import io.skillstudio.evaluator.routing.Collision;
import io.skillstudio.evaluator.routing.RoutingDecision;
import io.skillstudio.evaluator.routing.RoutingReport;
import io.skillstudio.evaluator.routing.SkillScore;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Routing tool window: the ranking of the selected sample (scores, margin, reasons), the confusion
 * matrix of the sample set (a cell lists its samples; a sample opens its ranking, double-click its trace)
 * and the collision list with links to both SKILL.md files. A view over {@link RoutingViewModel} only.
 */
public final class RoutingToolWindow extends BorderPane {

    private final RoutingViewModel vm;
    private final Consumer<Path> openFile;
    private final Consumer<String> openTrace;
    private final ListView<RoutingDecision> samples = new ListView<>();
    private final TableView<SkillScore> ranking = new TableView<>();
    private final Label verdict = new Label();
    private final GridPane matrix = new GridPane();
    private final ListView<RoutingDecision> cell = new ListView<>();
    private final TableView<Collision> collisions = new TableView<>();
    private final TabPane tabs = new TabPane();

    /**
     * @param chooseSkills asks the user for a skills folder (null when cancelled)
     * @param chooseSamples asks the user for a sample set (null when cancelled)
     * @param openFile opens a file in the editor
     * @param openTrace opens the trace of a sample id in the trace viewer
     */
    public RoutingToolWindow(
            RoutingViewModel vm,
            Supplier<Path> chooseSkills,
            Supplier<Path> chooseSamples,
            Consumer<Path> openFile,
            Consumer<String> openTrace) {
        this.vm = vm;
        this.openFile = openFile;
        this.openTrace = openTrace;
        setId("routingToolWindow");
        createView(chooseSkills, chooseSamples);
        initListeners();
    }

    private void createView(Supplier<Path> chooseSkills, Supplier<Path> chooseSamples) {
        Button addSkills = new Button("Add skills folder…");
        addSkills.setId("routingAddSkills");
        addSkills.setOnAction(e -> {
            Path p = chooseSkills.get();
            if (p != null && !vm.skillRoots().contains(p)) {
                vm.skillRoots().add(p);
            }
        });
        Button samplesButton = new Button("Sample set…");
        samplesButton.setId("routingChooseSamples");
        samplesButton.setOnAction(e -> {
            Path p = chooseSamples.get();
            if (p != null) {
                vm.sampleSetProperty().set(p);
            }
        });
        Button route = new Button("Route");
        route.setId("routingRun");
        route.setDefaultButton(false);
        route.disableProperty().bind(vm.runningProperty());
        route.setOnAction(e -> vm.route());
        Label status = new Label();
        status.setId("routingStatus");
        status.textProperty().bind(vm.statusProperty());
        Label roots = new Label();
        roots.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> "Skills: "
                                + (vm.skillRoots().isEmpty()
                                        ? "none"
                                        : vm.skillRoots().stream()
                                                .map(Path::toString)
                                                .reduce((a, b) -> a + ", " + b)
                                                .orElse(""))
                                + "   Samples: "
                                + (vm.sampleSetProperty().get() == null
                                        ? "none"
                                        : vm.sampleSetProperty().get().getFileName()),
                        vm.skillRoots(),
                        vm.sampleSetProperty()));
        for (Button b : List.of(addSkills, samplesButton, route)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        roots.setMinWidth(0);
        HBox.setHgrow(roots, Priority.ALWAYS);
        HBox bar = new HBox(8, addSkills, samplesButton, route, status, roots);
        bar.setPadding(new Insets(4));
        setTop(bar);

        samples.setId("routingSamples");
        samples.setCellFactory(l -> new DecisionCell());
        ranking.setId("routingRanking");
        ranking.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ranking.getColumns().add(column("Skill", s -> s.skill()));
        ranking.getColumns().add(column("Score", s -> fmt(s.score())));
        ranking.getColumns().add(column("BM25", s -> fmt(s.bm25())));
        ranking.getColumns().add(column("Cosine", s -> s.embedding() == null ? "—" : fmt(s.embedding())));
        ranking.getColumns().add(column("Mode", s -> s.servesMode() ? "serves" : "does not serve"));
        ranking.getColumns().add(column("Reasons", s -> String.join("; ", s.reasons())));
        verdict.setId("routingVerdict");
        VBox right = new VBox(4, verdict, ranking);
        VBox.setVgrow(ranking, Priority.ALWAYS);
        SplitPane sample = new SplitPane(samples, right);
        sample.setDividerPositions(0.25);

        matrix.setId("routingConfusion");
        matrix.setHgap(4);
        matrix.setVgap(4);
        matrix.setPadding(new Insets(6));
        cell.setId("routingCellSamples");
        cell.setItems(vm.cellSamples());
        cell.setCellFactory(l -> new DecisionCell());
        SplitPane set = new SplitPane(matrix, cell);
        set.setDividerPositions(0.6);

        collisions.setId("routingCollisions");
        collisions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Collision, Collision> a = new TableColumn<>("Skill");
        a.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        a.setCellFactory(c -> new LinkCell(true));
        TableColumn<Collision, Collision> b = new TableColumn<>("Collides with");
        b.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        b.setCellFactory(c -> new LinkCell(false));
        collisions.getColumns().add(a);
        collisions.getColumns().add(b);
        collisions.getColumns().add(textColumn("Lexical", c -> fmt(c.lexical())));
        collisions.getColumns().add(textColumn("Embedding", c -> c.embedding() == null ? "—" : fmt(c.embedding())));
        collisions.getColumns().add(textColumn("Shared words", c -> String.join(", ", c.sharedWords())));

        tabs.getTabs().addAll(new Tab("Sample", sample), new Tab("Sample set", set), new Tab("Collisions", collisions));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
    }

    /** The three views: Sample, Sample set, Collisions. */
    public TabPane tabs() {
        return tabs;
    }

    private void initListeners() {
        vm.reportProperty().addListener((o, old, r) -> show(r));
        vm.selectedProperty().addListener((o, old, d) -> showDecision(d));
        samples.getSelectionModel().selectedItemProperty().addListener((o, old, d) -> {
            if (d != null) {
                vm.select(d.sampleId());
            }
        });
        cell.setOnMouseClicked(e -> {
            RoutingDecision d = cell.getSelectionModel().getSelectedItem();
            if (d == null) {
                return;
            }
            if (e.getClickCount() == 2) {
                openTrace.accept(d.sampleId());
            } else {
                vm.select(d.sampleId());
                samples.getSelectionModel().select(d);
                tabs.getSelectionModel().select(0);
            }
        });
    }

    private void show(RoutingReport r) {
        samples.getItems().setAll(r == null ? List.of() : r.decisions());
        collisions.getItems().setAll(r == null ? List.of() : r.collisions());
        matrix.getChildren().clear();
        if (r == null || r.confusion().isEmpty()) {
            matrix.add(new Label(r == null ? "" : "No sample names an expected_skill: nothing to compare."), 0, 0);
            return;
        }
        TreeSet<String> columns = new TreeSet<>(r.skills());
        matrix.add(new Label("expected ↓  chosen →"), 0, 0);
        int c = 1;
        for (String col : columns) {
            matrix.add(new Label(col), c++, 0);
        }
        int row = 1;
        for (var e : r.confusion().entrySet()) {
            matrix.add(new Label(e.getKey()), 0, row);
            c = 1;
            for (String col : columns) {
                int n = e.getValue().getOrDefault(col, 0);
                Button b = new Button(Integer.toString(n));
                b.setId("routingCell-" + e.getKey() + "-" + col);
                b.getStyleClass().add(e.getKey().equals(col) ? "success" : n > 0 ? "danger" : "flat");
                String expected = e.getKey();
                b.setOnAction(ev -> vm.selectCell(expected, col));
                matrix.add(b, c++, row);
            }
            row++;
        }
    }

    private void showDecision(RoutingDecision d) {
        ranking.getItems().setAll(d == null ? List.of() : d.ranking());
        if (d == null) {
            verdict.setText("");
            return;
        }
        verdict.setText(String.format(
                Locale.ROOT,
                "%s (%s): %s, margin %.3f%s%s%s",
                d.sampleId(),
                d.mode().code(),
                d.chosen(),
                d.margin(),
                d.ambiguous() ? " — ambiguous" : "",
                d.modeMismatch() ? " — no skill serves " + d.mode().code() : "",
                Boolean.FALSE.equals(d.correct()) ? " — expected " + d.expectedSkill() : ""));
    }

    private static TableColumn<SkillScore, String> column(String title, Function<SkillScore, String> f) {
        TableColumn<SkillScore, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
        return col;
    }

    private static TableColumn<Collision, String> textColumn(String title, Function<Collision, String> f) {
        TableColumn<Collision, String> col = new TableColumn<>(title);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
        return col;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A sample with its flags. */
    private static final class DecisionCell extends ListCell<RoutingDecision> {
        @Override
        protected void updateItem(RoutingDecision d, boolean empty) {
            super.updateItem(d, empty);
            if (empty || d == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            String flags = (Boolean.FALSE.equals(d.correct()) ? " ✗" : Boolean.TRUE.equals(d.correct()) ? " ✓" : "")
                    + (d.ambiguous() ? " ≈" : "")
                    + (d.modeMismatch() ? " ⚠" : "");
            setText(d.sampleId() + " → " + d.chosen() + flags);
            setTooltip(new Tooltip("✓ expected skill, ✗ misrouted, ≈ ambiguous margin, ⚠ no skill serves the mode"));
        }
    }

    /** One side of a collision, as a link that opens its SKILL.md. */
    private final class LinkCell extends TableCell<Collision, Collision> {
        private final boolean first;

        LinkCell(boolean first) {
            this.first = first;
        }

        @Override
        protected void updateItem(Collision c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            Hyperlink link = new Hyperlink(first ? c.skillA() : c.skillB());
            Path file = first ? c.skillMdA() : c.skillMdB();
            link.setOnAction(e -> openFile.accept(file));
            setGraphic(link);
        }
    }
}
