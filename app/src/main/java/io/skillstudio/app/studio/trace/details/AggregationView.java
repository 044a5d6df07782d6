package io.skillstudio.app.studio.trace.details;

import io.skillstudio.evaluator.aggregate.Breakdown;
import io.skillstudio.evaluator.aggregate.CapApplied;
import io.skillstudio.evaluator.aggregate.ItemScore;
import io.skillstudio.evaluator.trace.TraceEvents;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The aggregation's breakdown: each item's contribution, the caps and vetoes, and the score it leads to. */
final class AggregationView extends DetailPane {

    AggregationView(TraceEvents.Aggregation e) {
        super("Aggregation of response " + (e.response() == null ? "—" : e.response() + 1));
        Breakdown b = e.breakdown();
        TableView<ItemScore> table = new TableView<>(FXCollections.observableArrayList(b.items()));
        table.setId("breakdownTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefHeight(Math.min(320, 32 + 26 * b.items().size()));
        table.getColumns().add(column("Item", ItemScore::id));
        table.getColumns().add(column("Severity", i -> i.severity().name().toLowerCase(Locale.ROOT)));
        table.getColumns().add(column("Weight", i -> fmt(i.weight())));
        table.getColumns().add(column("Verifier", i -> i.verifier() == null ? "judge" : i.verifier()));
        table.getColumns()
                .add(column(
                        "Result",
                        i -> i.score().isScored()
                                ? fmt(i.score().value()) + (i.failed() ? " ✗" : " ✓")
                                : "unscored: " + i.score().reason().code()));
        table.getColumns()
                .add(column(
                        "Cap applied",
                        i -> b.capsApplied().stream()
                                .filter(c -> c.itemId().equals(i.id()))
                                .map(c -> "≤ " + fmt(c.cap()))
                                .findFirst()
                                .orElse(b.vetoedBy().contains(i.id()) ? "veto → 0" : "")));
        lead(table);
        row("Method", b.method().name().toLowerCase(Locale.ROOT))
                .row("Scored / unscored items", b.scored() + " / " + b.unscored())
                .row("Unscored by reason", b.unscoredByReason().isEmpty() ? "none" : b.unscoredByReason())
                .row("Base (before caps)", b.base() == null ? "none (nothing scored)" : fmt(b.base()))
                .row(
                        "Caps applied",
                        b.capsApplied().isEmpty()
                                ? "none"
                                : b.capsApplied().stream()
                                        .map(AggregationView::cap)
                                        .reduce((x, y) -> x + ", " + y)
                                        .orElse(""))
                .row("Vetoed by", b.vetoedBy().isEmpty() ? "none" : String.join(", ", b.vetoedBy()))
                .row(
                        "Score",
                        b.score().isScored()
                                ? fmt(b.score().value())
                                : "unscored: " + b.score().reason().code());
    }

    private static String cap(CapApplied c) {
        return c.itemId() + " (" + c.severity().name().toLowerCase(Locale.ROOT) + ") ≤ " + fmt(c.cap());
    }

    private static TableColumn<ItemScore, String> column(String title, Function<ItemScore, String> value) {
        TableColumn<ItemScore, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        return c;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
