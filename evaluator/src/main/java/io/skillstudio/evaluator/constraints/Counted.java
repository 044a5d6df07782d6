package io.skillstudio.evaluator.constraints;

import io.skillstudio.evaluator.verify.EvidenceSpan;
import java.util.List;
import java.util.Map;

/** What a counting helper measured: the count, the spans it counted, and any extra details. */
record Counted(double value, List<EvidenceSpan> evidence, Map<String, Object> details) {

    /** Evidence lists are capped so a 10,000-word response does not produce 10,000 spans. */
    static final int MAX_EVIDENCE = 200;

    Counted {
        evidence = List.copyOf(evidence);
        details = Map.copyOf(details);
    }

    static Counted of(double value) {
        return new Counted(value, List.of(), Map.of());
    }

    static Counted of(double value, List<EvidenceSpan> evidence) {
        return new Counted(value, evidence, Map.of());
    }

    static List<EvidenceSpan> spans(List<TextSpan> spans, String note) {
        return spans.stream()
                .limit(MAX_EVIDENCE)
                .map(s -> new EvidenceSpan(s.start(), s.end(), note))
                .toList();
    }

    static List<EvidenceSpan> ranges(List<int[]> ranges, String note) {
        return ranges.stream()
                .limit(MAX_EVIDENCE)
                .map(r -> new EvidenceSpan(r[0], r[1], note))
                .toList();
    }
}
