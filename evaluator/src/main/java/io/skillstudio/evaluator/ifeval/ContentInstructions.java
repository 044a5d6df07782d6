package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.python.regex.PyFlags;
import io.skillstudio.evaluator.python.regex.RegexCache;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code detectable_content:*} instructions. */
final class ContentInstructions {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[.*?\\]", Pattern.UNIX_LINES);

    private ContentInstructions() {}

    /** detectable_content:number_placeholders: at least N {@code [placeholder]}s. */
    static final class NumberPlaceholders extends IfevalInstruction {
        NumberPlaceholders() {
            super(
                    "detectable_content:number_placeholders",
                    "At least N placeholders in square brackets, [like this].",
                    List.of(ParamSpec.required("num_placeholders", ParamType.INTEGER, "the minimum count")));
        }

        @Override
        Check check(String text, Params p) {
            List<EvidenceSpan> ev = new ArrayList<>();
            FormatInstructions.collect(PLACEHOLDER.matcher(text), ev, "placeholder");
            int want = p.integer("num_placeholders").orElseThrow();
            return Check.of(ev.size() >= want, "placeholders = " + ev.size() + ", required at least " + want, ev);
        }
    }

    /** detectable_content:postscript: a line (case-insensitive) starting with the marker. */
    static final class Postscript extends IfevalInstruction {
        Postscript() {
            super(
                    "detectable_content:postscript",
                    "Ends with a postscript starting with the marker (P.S. or P.P.S).",
                    List.of(ParamSpec.required("postscript_marker", ParamType.STRING, "e.g. P.S. or P.P.S")));
        }

        /** The Python pattern upstream searches with {@code re.MULTILINE} in the lower-cased response. */
        static String regex(String marker) {
            if (marker.equals("P.P.S")) {
                return "\\s*p\\.\\s?p\\.\\s?s.*$";
            }
            if (marker.equals("P.S.")) {
                return "\\s*p\\.\\s?s\\..*$";
            }
            return "\\s*" + PyText.lower(marker) + ".*$"; // unescaped, as upstream
        }

        @Override
        public List<ParamProblem> checkParams(Params p) {
            return RegexCache.find(regex(p.string("postscript_marker").orElseThrow()), PyFlags.MULTILINE)
                            .isPresent()
                    ? List.of()
                    : List.of(new ParamProblem(
                            "postscript_marker", "postscript_marker is not a valid regular expression"));
        }

        @Override
        Check check(String text, Params p) {
            String marker = p.string("postscript_marker").orElseThrow();
            String lower = PyText.lower(text);
            Optional<MatchResult> found = find(lower, marker);
            if (found.isEmpty()) {
                return Check.of(false, "no postscript starting with '" + marker + "'");
            }
            MatchResult m = found.get();
            // offsets are into the lower-cased text; they only map back when lower-casing kept the length
            List<EvidenceSpan> ev = lower.length() == text.length()
                    ? List.of(new EvidenceSpan(m.start(), m.end(), "postscript"))
                    : List.of();
            return Check.of(true, "postscript found", ev);
        }

        /**
         * The first match of the marker's regex in the lower-cased text. For the two fixed markers the
         * search starts late (RegexFastPathsTest compares it with the full search).
         */
        static Optional<MatchResult> find(String lower, String marker) {
            Matcher m = RegexCache.find(regex(marker), PyFlags.MULTILINE)
                    .orElseThrow()
                    .matcher(lower);
            if (marker.equals("P.P.S") || marker.equals("P.S.")) {
                // Both fixed patterns are \s*p\.…: a match is the whitespace run before some "p.", so
                // none can start before the run that precedes the first "p."; the patterns have no
                // anchor or look-behind that the region start could change.
                int first = lower.indexOf("p.");
                if (first < 0) {
                    return Optional.empty();
                }
                while (first > 0 && PyText.isSpace(lower.charAt(first - 1))) {
                    first--;
                }
                m.region(first, lower.length());
            }
            return m.find() ? Optional.of(m.toMatchResult()) : Optional.empty();
        }
    }
}
