package io.skillstudio.app.studio.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * A split pane whose panes can be hidden and shown again in their original order, keeping the
 * divider positions the user dragged to.
 */
public final class ToolWindowSplit extends SplitPane {

    private final Map<Node, BooleanProperty> shown = new LinkedHashMap<>();
    private final Map<Node, Double> weights = new LinkedHashMap<>();

    public ToolWindowSplit(Orientation orientation) {
        setOrientation(orientation);
    }

    /** Adds a pane; {@code weight} is its share of the space in [0, 1] when first shown. */
    public BooleanProperty add(Node pane, double weight, boolean visible) {
        BooleanProperty p = new SimpleBooleanProperty(visible);
        shown.put(pane, p);
        weights.put(pane, weight);
        p.addListener((obs, old, now) -> layoutPanes());
        if (pane != null) {
            SplitPane.setResizableWithParent(pane, weight >= 0.5);
        }
        layoutPanes();
        return p;
    }

    public BooleanProperty shownProperty(Node pane) {
        return shown.get(pane);
    }

    private void layoutPanes() {
        List<Node> visible = new ArrayList<>();
        shown.forEach((n, p) -> {
            if (p.get()) {
                visible.add(n);
            }
        });
        getItems().setAll(visible);
        double acc = 0;
        double[] pos = new double[Math.max(0, visible.size() - 1)];
        double total = visible.stream().mapToDouble(weights::get).sum();
        for (int i = 0; i < pos.length; i++) {
            acc += weights.get(visible.get(i)) / total;
            pos[i] = acc;
        }
        setDividerPositions(pos);
    }
}
