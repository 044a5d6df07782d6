package io.skillstudio.app.studio.run.results;

import static org.assertj.core.api.Assertions.assertThat;

import io.skillstudio.app.studio.run.LoadedRun;
import io.skillstudio.evaluator.metrics.RunSummary;
import io.skillstudio.evaluator.metrics.SummaryBuilder;
import io.skillstudio.evaluator.run.EvalMode;
import io.skillstudio.evaluator.run.SampleResult;
import io.skillstudio.evaluator.score.Decision;
import io.skillstudio.evaluator.score.Provenance;
import io.skillstudio.evaluator.score.Score;
import io.skillstudio.evaluator.score.UnscoredReason;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class ResultsViewModelTest {

    private static final Provenance P =
            new Provenance("skill-a", "1.0.0", "h", "e", "pointwise", "", "explicit", null, Map.of());

    private static SampleResult scored(String id, double score, Double expected, double latency) {
        return new SampleResult(
                id,
                1,
                EvalMode.POINTWISE,
                Decision.score(score),
                List.of(Score.scored(score)),
                List.of(),
                List.of(),
                expected,
                null,
                expected == null ? null : Math.abs(score - expected),
                latency,
                P);
    }

    @Test
    void filtersSummaryAndChartsFollowTheShownRun() {
        List<SampleResult> results = List.of(
                scored("a", 1.0, 1.0, 10),
                scored("b", 0.5, 1.0, 20),
                scored("c", 0.8, 0.75, 30),
                new SampleResult(
                        "d",
                        4,
                        EvalMode.POINTWISE,
                        Decision.unscored(UnscoredReason.NO_ITEMS, "nothing"),
                        List.of(),
                        List.of(),
                        List.of(),
                        0.5,
                        null,
                        null,
                        5,
                        P));
        SummaryBuilder b = new SummaryBuilder(P, EvalMode.POINTWISE, Optional.empty(), 1);
        results.forEach(r -> b.add(r, null));
        RunSummary summary = b.build(RunSummary.COMPLETED, 0, 100);
        ObservableList<SampleRow> rows = FXCollections.observableArrayList(
                results.stream().map(r -> SampleRows.of(r, Optional.empty())).toList());
        SimpleObjectProperty<LoadedRun> run = new SimpleObjectProperty<>();
        ResultsViewModel vm = new ResultsViewModel(rows, run);
        assertThat(vm.summaryProperty().get()).isNull();
        run.set(new LoadedRun(Optional.empty(), Optional.empty(), results, List.of(), summary, List.of()));

        vm.filterProperty().set(RowFilter.DISAGREEMENTS);
        assertThat(vm.visibleRows()).extracting(SampleRow::sampleId).containsExactly("b");
        vm.filterProperty().set(RowFilter.UNSCORED_OR_PARTIAL);
        assertThat(vm.visibleRows()).extracting(SampleRow::sampleId).containsExactly("d");
        assertThat(vm.visibleRows().get(0).result()).isEmpty();
        assertThat(vm.visibleRows().get(0).difference()).isNull();
        assertThat(vm.visibleRows().get(0).reason()).isEqualTo("no_items");
        vm.filterProperty().set(RowFilter.ALL);
        assertThat(vm.visibleRows()).hasSize(4);

        SummaryFigures f = vm.summaryProperty().get();
        assertThat(f.value("Scored")).isEqualTo("3");
        assertThat(f.value("Unscored")).isEqualTo("1 {no_items=1}");
        assertThat(f.value("MAE")).isEqualTo("0.183");
        assertThat(f.value("Accuracy")).isEqualTo("n/a");
        assertThat(f.value("Disagreements")).isEqualTo("1");
        assertThat(f.value("Cost per reward")).startsWith("n/a");

        assertThat(vm.histogramProperty().get())
                .extracting(ChartData.Bin::count)
                .containsExactly(0, 0, 0, 0, 0, 1, 0, 0, 1, 1);
        assertThat(vm.scatterProperty().get())
                .containsExactly(
                        new ChartData.Point(0.75, 0.8, 1),
                        new ChartData.Point(1.0, 0.5, 1),
                        new ChartData.Point(1.0, 1.0, 1));
        assertThat(vm.latencyProperty().get()).hasSize(ResultsViewModel.LATENCY_BINS);
        assertThat(vm.latencyProperty().get().stream()
                        .mapToInt(ChartData.Bin::count)
                        .sum())
                .isEqualTo(4);
    }

    @Test
    void scatterMergesSamplesOnTheSamePoint() {
        List<SampleRow> rows = List.of(
                SampleRows.of(scored("a", 1.0, 1.0, 1), Optional.empty()),
                SampleRows.of(scored("b", 1.0, 1.0, 1), Optional.empty()));
        assertThat(ChartData.expectedVsActual(rows)).containsExactly(new ChartData.Point(1.0, 1.0, 2));
    }

    private static SampleResult pair(String id, String verdict, boolean consistent) {
        Decision d = consistent
                ? Decision.verdict(verdict)
                : Decision.unscored(UnscoredReason.POSITION_INCONSISTENT, "A first, B after the swap");
        return new SampleResult(
                id,
                1,
                EvalMode.PAIRWISE,
                d,
                List.of(),
                List.of(),
                List.of(),
                "A",
                consistent ? verdict.equals("A") : null,
                null,
                10,
                P,
                consistent);
    }

    @Test
    void swappedPairsShowTheirConsistencyRateAndInconsistentOnesAreFilterable() {
        List<SampleResult> results =
                List.of(pair("p1", "A", true), pair("p2", "B", true), pair("p3", "A", false), pair("p4", "A", true));
        SummaryBuilder b = new SummaryBuilder(P, EvalMode.PAIRWISE, Optional.empty(), 1);
        results.forEach(r -> b.add(r, null));
        ObservableList<SampleRow> rows = FXCollections.observableArrayList(
                results.stream().map(r -> SampleRows.of(r, Optional.empty())).toList());
        SimpleObjectProperty<LoadedRun> run = new SimpleObjectProperty<>();
        ResultsViewModel vm = new ResultsViewModel(rows, run);
        run.set(new LoadedRun(
                Optional.empty(),
                Optional.empty(),
                results,
                List.of(),
                b.build(RunSummary.COMPLETED, 0, 40),
                List.of()));

        vm.filterProperty().set(RowFilter.POSITION_INCONSISTENT);
        assertThat(vm.visibleRows()).extracting(SampleRow::sampleId).containsExactly("p3");
        assertThat(vm.summaryProperty().get().value("Position consistency"))
                .isEqualTo("75.0% (3 of 4 pairs agree in both orders, 1 position_inconsistent)");
    }

    @Test
    void aRunWithoutSwapHasNoConsistencyLine() {
        SummaryBuilder b = new SummaryBuilder(P, EvalMode.POINTWISE, Optional.empty(), 1);
        b.add(scored("a", 1.0, 1.0, 10), null);
        assertThat(SummaryFigures.of(b.build(RunSummary.COMPLETED, 0, 10), List.of())
                        .lines())
                .noneMatch(l -> l.getKey().equals("Position consistency"));
    }
}
