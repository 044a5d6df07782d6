package io.skillstudio.evaluator.judge.tools.runtime;

import io.skillstudio.evaluator.python.PyText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code verifier.reference_match} (skillrm-format.md §3.3): the first non-empty visible reference field,
 * normalized, must be a substring of exactly one candidate's normalized text. Deterministic, no model.
 */
final class ReferenceMatch {
    static final String SOURCE = "reference_match";
    /**
     * Everything outside ASCII letters and digits and the CJK Unified Ideographs block. Python's
     * {@code [0-9A-Za-z\u4e00-\u9fff]} is per code point, so a supplementary character (two UTF-16
     * units here) must be one run too: {@link Pattern} matches by code point, as Python does.
     */
    private static final Pattern OUTSIDE = Pattern.compile("[^0-9A-Za-z\\x{4e00}-\\x{9fff}]+");
    /** After the first replacement only ASCII spaces separate the kept characters. */
    private static final Pattern SPACES = Pattern.compile(" +");

    private ReferenceMatch() {}

    static Map<String, Object> run(VisibleRecord record) {
        Optional<String> reference = firstReference(record.reference());
        Map<String, Object> out = new LinkedHashMap<>();
        if (reference.isEmpty()) {
            out.put("verdict", "inconclusive");
            out.put("source", SOURCE);
            out.put("reason", "no visible reference field");
            return out;
        }
        String ref = normalize(reference.get());
        List<String> matches = new ArrayList<>();
        record.candidates().forEach((label, text) -> {
            if (!ref.isEmpty() && normalize(text).contains(ref)) {
                matches.add(label);
            }
        });
        if (matches.size() == 1) {
            out.put("verdict", matches.get(0));
            out.put("source", SOURCE);
            out.put("matched_labels", matches);
            return out;
        }
        out.put("verdict", "inconclusive");
        out.put("source", SOURCE);
        out.put("matched_labels", matches);
        out.put("reason", "zero or multiple candidates matched the visible reference");
        return out;
    }

    /**
     * Upstream's {@code normalize_answer_text}: lower-case (Python's full Unicode lower), every run
     * outside {@code [0-9A-Za-z\u4e00-\u9fff]} to one space, whitespace runs collapsed, trimmed.
     */
    static String normalize(String text) {
        String lower = PyText.lower(text);
        return SPACES.matcher(OUTSIDE.matcher(lower).replaceAll(" "))
                .replaceAll(" ")
                .strip();
    }

    /** The first of {@link VisibleRecord#REFERENCE_KEYS} that is present and not empty, as Python's {@code str()}. */
    static Optional<String> firstReference(Map<String, Object> reference) {
        for (String k : VisibleRecord.REFERENCE_KEYS) {
            Object v = reference.get(k);
            if (v == null || (v instanceof String s && s.isEmpty()) || (v instanceof List<?> l && l.isEmpty())) {
                continue;
            }
            String s = pyStr(v);
            // Upstream: `if not reference` after str(): only an empty string is skipped at that point.
            return s.isEmpty() ? Optional.empty() : Optional.of(s);
        }
        return Optional.empty();
    }

    /**
     * Python's {@code str()} as far as the normalization can tell: it drops every bracket, quote and
     * separator, so only booleans ({@code True}) need care; numbers print alike for ordinary values.
     */
    private static String pyStr(Object v) {
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return String.valueOf(v);
    }
}
