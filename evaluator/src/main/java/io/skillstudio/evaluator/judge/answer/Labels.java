package io.skillstudio.evaluator.judge.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Label normalisation of skillrm-format.md §3.8, with one change: labels that mean "cannot decide"
 * come back as {@link #ABSTAIN} so the caller can end unscored (upstream records them as a verdict).
 */
final class Labels {
    static final String TIE = "Tie";
    static final String ABSTAIN = "Abstain";

    private static final Set<String> TIE_WORDS = Set.of("TIE", "SAME", "DRAW", "EQUAL", "NOPREFERENCE", "A=B", "A==B");
    private static final Set<String> ABSTAIN_WORDS = Set.of("ABSTAIN", "UNCLEAR", "CANNOTDETERMINE");

    private Labels() {}

    /** A, B, Tie or Abstain; empty when the text is not a pairwise label. */
    static Optional<String> pairwise(String raw) {
        String s = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        switch (s) {
            case "A>>B", "A>B", "A", "RESPONSEA", "ASSISTANTA":
                return Optional.of("A");
            case "B>>A", "B>A", "B", "RESPONSEB", "ASSISTANTB":
                return Optional.of("B");
            default:
                break;
        }
        if (TIE_WORDS.contains(s)) {
            return Optional.of(TIE);
        }
        if (ABSTAIN_WORDS.contains(s)) {
            return Optional.of(ABSTAIN);
        }
        return Optional.empty();
    }

    /** One of {@code labels} after strip and upper-case, as upstream's listwise parser; else empty. */
    static Optional<String> listwise(String raw, List<String> labels) {
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith("[[") && s.endsWith("]]")) {
            s = s.substring(2, s.length() - 2).strip();
        }
        if (ABSTAIN_WORDS.contains(s.replaceAll("\\s+", ""))) {
            return Optional.of(ABSTAIN);
        }
        return labels.contains(s) ? Optional.of(s) : Optional.empty();
    }
}
