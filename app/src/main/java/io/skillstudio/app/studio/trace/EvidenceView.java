package io.skillstudio.app.studio.trace;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The response text, read-only, with evidence spans coloured: passed items green, failed items red
 * (red wins where spans overlap). Hovering a span names its item and verifier; clicking selects its
 * verifier step; the selected item's spans are underlined and scrolled into view.
 */
public final class EvidenceView extends BorderPane {

    private final TraceViewModel vm;
    private final StyleClassedTextArea area = new StyleClassedTextArea();
    private final Tooltip tip = new Tooltip();

    public EvidenceView(TraceViewModel vm) {
        this.vm = vm;
        setId("evidenceView");
        area.setId("evidenceText");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("evidence-text");
        setCenter(new VirtualizedScrollPane<>(area));
        vm.responseTextProperty().addListener((obs, old, t) -> refresh());
        vm.highlights().addListener((ListChangeListener<Highlight>) c -> refresh());
        vm.focusProperty().addListener((obs, old, f) -> {
            refresh();
            if (!f.isEmpty()) {
                area.moveTo(f.get(0).start());
                area.requestFollowCaret();
            }
        });
        area.setMouseOverTextDelay(Duration.ofMillis(250));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            List<Highlight> here = EvidenceHighlights.at(vm.highlights(), e.getCharacterIndex());
            if (!here.isEmpty()) {
                Point2D p = e.getScreenPosition();
                tip.setText(here.stream().map(Highlight::tooltip).collect(Collectors.joining("\n")));
                tip.show(area, p.getX() + 8, p.getY() + 12);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
        area.setOnMouseClicked(e -> {
            int at = area.hit(e.getX(), e.getY()).getInsertionIndex();
            List<Highlight> here =
                    EvidenceHighlights.at(vm.highlights(), Math.min(at, Math.max(0, area.getLength() - 1)));
            EvidenceHighlights.pick(here).ifPresent(vm::selectEvidence);
        });
        refresh();
    }

    /** The text area, for tests and screenshots. */
    public StyleClassedTextArea area() {
        return area;
    }

    private void refresh() {
        String text = vm.responseTextProperty().get();
        if (!area.getText().equals(text)) {
            area.replaceText(text);
        }
        if (!text.isEmpty()) {
            area.setStyleSpans(
                    0, spans(text.length(), vm.highlights(), vm.focusProperty().get()));
        }
    }

    /** One style run per change of classes along the text. */
    static StyleSpans<Collection<String>> spans(int length, List<Highlight> highlights, List<Highlight> focus) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int pos = 0;
        List<String> current = null;
        int runStart = 0;
        for (pos = 0; pos < length; pos++) {
            List<String> classes = classesAt(pos, highlights, focus);
            if (current == null) {
                current = classes;
            } else if (!classes.equals(current)) {
                b.add(current, pos - runStart);
                current = classes;
                runStart = pos;
            }
        }
        b.add(current == null ? Collections.emptyList() : current, length - runStart);
        return b.create();
    }

    private static List<String> classesAt(int pos, List<Highlight> highlights, List<Highlight> focus) {
        boolean pass = false;
        boolean fail = false;
        for (Highlight h : highlights) {
            if (h.start() <= pos && pos < h.end()) {
                fail |= !h.passed();
                pass |= h.passed();
            }
        }
        boolean focused = focus.stream().anyMatch(h -> h.start() <= pos && pos < h.end());
        if (!pass && !fail) {
            return List.of();
        }
        String colour = fail ? "evidence-fail" : "evidence-pass";
        return focused ? List.of(colour, "evidence-focus") : List.of(colour);
    }
}
