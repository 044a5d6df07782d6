package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyJson;
import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.python.regex.PyRegex;
import io.skillstudio.evaluator.python.regex.RegexCache;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code detectable_format:*} instructions. */
final class FormatInstructions {

    private static final int FLAGS = Pattern.MULTILINE | Pattern.UNIX_LINES;
    private static final Pattern STAR_BULLET = Pattern.compile("^" + PyText.S + "*\\*[^*].*$", FLAGS);
    private static final Pattern DASH_BULLET = Pattern.compile("^" + PyText.S + "*-.*$", FLAGS);
    private static final Pattern TITLE = Pattern.compile("<<[^\\n]+>>");
    private static final List<String> CONSTRAINED_OPTIONS =
            List.of("My answer is yes.", "My answer is no.", "My answer is maybe.");

    private FormatInstructions() {}

    /** detectable_format:number_bullet_lists: exactly N markdown bullets ({@code *} or {@code -}). */
    static final class NumberBulletLists extends IfevalInstruction {
        NumberBulletLists() {
            super(
                    "detectable_format:number_bullet_lists",
                    "Exactly N markdown bullet points (* or -).",
                    List.of(ParamSpec.required("num_bullets", ParamType.INTEGER, "the bullet count")));
        }

        @Override
        Check check(String text, Params p) {
            List<EvidenceSpan> ev = new ArrayList<>();
            collect(STAR_BULLET.matcher(text), ev, "bullet");
            collect(DASH_BULLET.matcher(text), ev, "bullet");
            int want = p.integer("num_bullets").orElseThrow();
            return Check.of(ev.size() == want, "bullets = " + ev.size() + ", required " + want, ev);
        }
    }

    /** detectable_format:constrained_response: contains one of the three "My answer is ..." options. */
    static final class ConstrainedResponse extends IfevalInstruction {
        ConstrainedResponse() {
            super(
                    "detectable_format:constrained_response",
                    "Contains 'My answer is yes.', 'My answer is no.' or 'My answer is maybe.'",
                    List.of());
        }

        @Override
        Check check(String text, Params p) {
            for (String option : CONSTRAINED_OPTIONS) {
                int at = text.indexOf(option);
                if (at >= 0) {
                    return Check.of(
                            true,
                            "found '" + option + "'",
                            List.of(new EvidenceSpan(at, at + option.length(), "answer option")));
                }
            }
            return Check.of(false, "none of the answer options found");
        }
    }

    /** detectable_format:number_highlighted_sections: at least N non-empty {@code *x*} or {@code **x**}. */
    static final class NumberHighlightedSections extends IfevalInstruction {
        NumberHighlightedSections() {
            super(
                    "detectable_format:number_highlighted_sections",
                    "At least N highlighted sections (*like this*).",
                    List.of(ParamSpec.required("num_highlights", ParamType.INTEGER, "the minimum count")));
        }

        @Override
        Check check(String text, Params p) {
            List<EvidenceSpan> ev = new ArrayList<>();
            highlights(text, 1, ev, "highlight");
            highlights(text, 2, ev, "double highlight");
            int want = p.integer("num_highlights").orElseThrow();
            return Check.of(ev.size() >= want, "highlights = " + ev.size() + ", required at least " + want, ev);
        }
    }

    /** detectable_format:multiple_sections: at least N {@code re.split} cuts on "splitter number". */
    static final class MultipleSections extends IfevalInstruction {
        MultipleSections() {
            super(
                    "detectable_format:multiple_sections",
                    "At least N sections headed '<splitter> <number>'.",
                    List.of(
                            ParamSpec.required("section_spliter", ParamType.STRING, "e.g. Section or SECTION"),
                            ParamSpec.required("num_sections", ParamType.INTEGER, "the minimum count")));
        }

        private static String splitter(Params p) {
            return PyText.strip(p.string("section_spliter").orElseThrow());
        }

        /** The Python header pattern upstream splits on, for an already stripped splitter. */
        static String regex(String splitter) {
            // the splitter is inserted unescaped, as upstream does
            return "\\s?" + splitter + "\\s?\\d+\\s?";
        }

        /**
         * The section headers in {@code text}: the regex search, or for a literal splitter a scan from
         * each occurrence of it that gives the same spans (RegexFastPathsTest compares the two).
         */
        static List<EvidenceSpan> headers(String text, String splitter) {
            Matcher m = RegexCache.find(regex(splitter), 0).orElseThrow().matcher(text);
            List<EvidenceSpan> ev = new ArrayList<>();
            if (PyRegex.isLiteral(splitter)) {
                collectLiteral(m, text, splitter, ev);
            } else {
                collect(m, ev, "section header");
            }
            return ev;
        }

        @Override
        public List<ParamProblem> checkParams(Params p) {
            return RegexCache.find(regex(splitter(p)), 0).isPresent()
                    ? List.of()
                    : List.of(new ParamProblem("section_spliter", "section_spliter is not a valid regular expression"));
        }

        @Override
        Check check(String text, Params p) {
            String splitter = splitter(p);
            List<EvidenceSpan> ev = headers(text, splitter);
            // len(re.split(...)) - 1: each cut adds one piece plus one per capturing group in the splitter
            int sections = ev.size()
                    * (1 + RegexCache.find(regex(splitter), 0).orElseThrow().groups());
            int want = p.integer("num_sections").orElseThrow();
            return Check.of(sections >= want, "sections = " + sections + ", required at least " + want, ev);
        }
    }

    /**
     * {@code re.findall(r"\*[^\n\*]*\*", text)} ({@code stars} 1) or
     * {@code r"\*\*[^\n\*]*\*\*"} (2), keeping the matches whose inside is not blank, by a scan: a
     * match starts at {@code stars} asterisks, runs to the next asterisk on the same line and needs
     * {@code stars} asterisks there; a failed start moves on by one char, a match past its end.
     */
    static void highlights(String text, int stars, List<EvidenceSpan> ev, String note) {
        int n = text.length();
        int i = text.indexOf('*');
        while (i >= 0 && i + stars <= n) {
            if (stars == 2 && (i + 1 >= n || text.charAt(i + 1) != '*')) {
                i = text.indexOf('*', i + 1);
                continue;
            }
            int j = i + stars;
            while (j < n && text.charAt(j) != '*' && text.charAt(j) != '\n') {
                j++;
            }
            if (j + stars <= n && text.charAt(j) == '*' && (stars == 1 || text.charAt(j + 1) == '*')) {
                if (!PyText.isBlank(text.substring(i + stars, j))) {
                    ev.add(new EvidenceSpan(i, j + stars, note));
                }
                i = text.indexOf('*', j + stars);
            } else {
                i = text.indexOf('*', i + 1);
            }
        }
    }

    /**
     * What {@code collect} finds for {@code \s?LITERAL\s?\d+\s?}, trying only the places where the
     * literal occurs: a match starts at the literal or at the whitespace char just before it, and
     * when the attempt there fails, the attempt at the literal itself fails too (same suffix). The
     * regex, which may start with whitespace, otherwise runs at every position of a long response.
     */
    static void collectLiteral(Matcher m, String text, String literal, List<EvidenceSpan> ev) {
        int from = 0;
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, from)) {
            int start = at > from && PyText.isSpace(text.charAt(at - 1)) ? at - 1 : at;
            m.region(start, text.length());
            if (m.lookingAt()) {
                ev.add(new EvidenceSpan(m.start(), m.end(), "section header"));
                from = m.end();
            } else {
                from = at + 1;
            }
        }
    }

    /** detectable_format:json_format: the whole response (``` fences removed) parses as JSON. */
    static final class JsonFormat extends IfevalInstruction {
        JsonFormat() {
            super(
                    "detectable_format:json_format",
                    "The entire output is valid JSON (a ```json fence is allowed).",
                    List.of());
        }

        @Override
        Check check(String text, Params p) {
            String v = PyText.strip(text);
            v = removePrefix(v, "```json");
            v = removePrefix(v, "```Json");
            v = removePrefix(v, "```JSON");
            v = removePrefix(v, "```");
            if (v.endsWith("```")) {
                v = v.substring(0, v.length() - 3);
            }
            v = PyText.strip(v);
            int error = PyJson.firstError(v);
            return error < 0
                    ? Check.of(true, "valid JSON")
                    : Check.of(false, "not valid JSON (at offset " + error + ")");
        }

        private static String removePrefix(String s, String prefix) {
            return s.startsWith(prefix) ? s.substring(prefix.length()) : s;
        }
    }

    /** detectable_format:title: a non-empty {@code <<title>>} on one line. */
    static final class Title extends IfevalInstruction {
        Title() {
            super(
                    "detectable_format:title",
                    "Contains a title wrapped in double angular brackets, <<like this>>.",
                    List.of());
        }

        @Override
        Check check(String text, Params p) {
            Matcher m = TITLE.matcher(text);
            while (m.find()) {
                String inner = m.group();
                int s = 0;
                while (s < inner.length() && inner.charAt(s) == '<') {
                    s++;
                }
                int e = inner.length();
                while (e > s && inner.charAt(e - 1) == '>') {
                    e--;
                }
                if (!PyText.isBlank(inner.substring(s, e))) {
                    return Check.of(true, "title found", List.of(new EvidenceSpan(m.start(), m.end(), "title")));
                }
            }
            return Check.of(false, "no <<title>> found");
        }
    }

    static void collect(Matcher m, List<EvidenceSpan> ev, String note) {
        while (m.find()) {
            ev.add(new EvidenceSpan(m.start(), m.end(), note));
        }
    }
}
