package io.skillstudio.app.studio.editor;

import io.skillstudio.model.diagnostics.Diagnostic;
import io.skillstudio.model.diagnostics.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.richtext.CodeArea;

/**
 * Line numbers plus a severity mark per line. Our own labels instead of LineNumberFactory, whose
 * styles log warnings under AtlantaFX (java-stack.md gotcha 12).
 */
final class GutterFactory implements IntFunction<Node> {

    private final CodeArea area;
    private Map<Integer, List<Diagnostic>> byLine = new HashMap<>();

    GutterFactory(CodeArea area) {
        this.area = area;
    }

    void setDiagnostics(List<Diagnostic> diagnostics) {
        byLine = diagnostics.stream().filter(d -> d.line() > 0).collect(Collectors.groupingBy(Diagnostic::line));
    }

    @Override
    public Node apply(int paragraph) {
        int digits = Math.max(3, String.valueOf(area.getParagraphs().size()).length());
        Label number = new Label(String.format("%" + digits + "d", paragraph + 1));
        number.getStyleClass().add("gutter-number");
        Region mark = new Region();
        mark.getStyleClass().add("gutter-mark");
        List<Diagnostic> here = byLine.get(paragraph + 1);
        if (here != null) {
            Severity worst =
                    here.stream().map(Diagnostic::severity).min(Enum::compareTo).orElse(Severity.INFO);
            mark.getStyleClass().add("gutter-mark-" + worst.label());
            Tooltip.install(
                    mark,
                    new Tooltip(here.stream()
                            .map(d -> d.code() + ": " + d.message())
                            .collect(Collectors.joining("\n"))));
        }
        HBox box = new HBox(4, mark, number);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("gutter");
        return box;
    }
}
