package io.skillstudio.app.studio.run.results;

import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * Score histogram, expected vs actual scores, latency distribution. Charts are redrawn when a run is
 * shown, not while it goes, and scatter points are merged per cell ({@link ChartData}).
 */
public final class ChartsView extends HBox {

    public ChartsView(ResultsViewModel vm) {
        setId("chartsView");
        setSpacing(4);
        BarChart<String, Number> histogram = bars("Score histogram", "score", "samples");
        histogram.setId("scoreHistogram");
        NumberAxis ex = new NumberAxis("expected", 0, 1, 0.1);
        NumberAxis ac = new NumberAxis("actual", 0, 1, 0.1);
        ScatterChart<Number, Number> scatter = new ScatterChart<>(ex, ac);
        scatter.setId("expectedVsActual");
        scatter.setTitle("Expected vs actual");
        scatter.setLegendVisible(false);
        scatter.setAnimated(false);
        BarChart<String, Number> latency = bars("Latency distribution", "ms", "samples");
        latency.setId("latencyChart");
        for (var c : List.of(histogram, scatter, latency)) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setMinWidth(200);
        }
        getChildren().addAll(histogram, scatter, latency);
        vm.histogramProperty().addListener((obs, old, bins) -> fill(histogram, bins));
        vm.latencyProperty().addListener((obs, old, bins) -> fill(latency, bins));
        vm.scatterProperty().addListener((obs, old, points) -> fill(scatter, points));
        fill(histogram, vm.histogramProperty().get());
        fill(latency, vm.latencyProperty().get());
        fill(scatter, vm.scatterProperty().get());
    }

    private static BarChart<String, Number> bars(String title, String x, String y) {
        BarChart<String, Number> c = new BarChart<>(new CategoryAxis(), new NumberAxis());
        c.setTitle(title);
        c.getXAxis().setLabel(x);
        c.getYAxis().setLabel(y);
        c.setLegendVisible(false);
        c.setAnimated(false);
        c.setCategoryGap(2);
        return c;
    }

    private static void fill(BarChart<String, Number> chart, List<ChartData.Bin> bins) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        bins.forEach(b -> s.getData().add(new XYChart.Data<>(b.label(), b.count())));
        chart.getData().setAll(List.of(s));
    }

    private static void fill(ScatterChart<Number, Number> chart, List<ChartData.Point> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (ChartData.Point p : points) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.expected(), p.actual());
            d.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(p.count() + " sample(s): expected " + p.expected() + ", actual "
                            + p.actual()));
                    double scale = 1 + Math.min(2, Math.log10(p.count()));
                    node.setScaleX(scale);
                    node.setScaleY(scale);
                }
            });
            s.getData().add(d);
        }
        chart.getData().setAll(List.of(s));
    }
}
