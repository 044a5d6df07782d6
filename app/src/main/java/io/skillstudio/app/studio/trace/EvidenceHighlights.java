package io.skillstudio.app.studio.trace;

import io.skillstudio.evaluator.trace.TraceEvents;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The evidence spans of one response, from the verifier steps of a trace tree. */
public final class EvidenceHighlights {

    private EvidenceHighlights() {}

    /**
     * Spans of response {@code response}, clipped to the text length (a span past the end of a text that
     * changed since the run would otherwise break the view), sorted by start.
     */
    public static List<Highlight> of(Step root, int response, int textLength) {
        List<Highlight> out = new ArrayList<>();
        root.forEach(step -> step.event().ifPresent(e -> {
            if (e instanceof TraceEvents.VerifierRun v && v.response() != null && v.response() == response) {
                for (EvidenceSpan s : v.evidence()) {
                    int start = Math.min(s.start(), textLength);
                    int end = Math.min(s.end(), textLength);
                    if (end > start) {
                        out.add(new Highlight(
                                start, end, v.item(), v.verifier(), StepTitles.passed(v), s.note(), step.key()));
                    }
                }
            }
        }));
        out.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end));
        return out;
    }

    /**
     * Which of overlapping highlights a click means: a failed item before a passed one (the failure is what
     * one looks for), then the narrowest span.
     */
    public static Optional<Highlight> pick(List<Highlight> here) {
        return here.stream().min(Comparator.comparing(Highlight::passed).thenComparingInt(h -> h.end() - h.start()));
    }

    /** The highlights at a character offset (hover), innermost last. */
    public static List<Highlight> at(List<Highlight> highlights, int offset) {
        return highlights.stream()
                .filter(h -> h.start() <= offset && offset < h.end())
                .toList();
    }
}
