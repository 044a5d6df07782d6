package io.skillstudio.app.studio.run.results;

import java.util.List;
import javafx.beans.value.ObservableValue;
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
 * shown, not while it goes, and only while they can be seen ({@link WhenShown}); scatter points are merged
 * per cell ({@link ChartData}), and bars whose categories did not change keep their nodes.
 */
public final class ChartsView extends HBox {

    /** @param shown whether the view can be seen (its tab is selected) */
    public ChartsView(ResultsViewModel vm, ObservableValue<Boolean> shown) {
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
        WhenShown.redraw(shown, vm.figuresProperty(), () -> {
            RunFigures f = vm.figuresProperty().get();
            fill(histogram, f.histogram());
            fill(latency, f.latency());
            fill(scatter, f.scatter());
        });
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
        if (chart.getData().size() == 1 && sameCategories(chart.getData().get(0), bins)) {
            List<XYChart.Data<String, Number>> bars = chart.getData().get(0).getData();
            for (int i = 0; i < bins.size(); i++) {
                bars.get(i).setYValue(bins.get(i).count());
            }
            return;
        }
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        bins.forEach(b -> s.getData().add(new XYChart.Data<>(b.label(), b.count())));
        chart.getData().setAll(List.of(s));
    }

    private static boolean sameCategories(XYChart.Series<String, Number> series, List<ChartData.Bin> bins) {
        List<XYChart.Data<String, Number>> bars = series.getData();
        if (bars.size() != bins.size() || bins.isEmpty()) {
            return false;
        }
        for (int i = 0; i < bins.size(); i++) {
            if (!bars.get(i).getXValue().equals(bins.get(i).label())) {
                return false;
            }
        }
        return true;
    }

    private static void fill(ScatterChart<Number, Number> chart, List<ChartData.Point> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (ChartData.Point p : points) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(p.expected(), p.actual());
            d.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(
                            node,
                            new Tooltip(p.count() + " sample(s): expected " + p.expected() + ", actual " + p.actual()));
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
