package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.regex.PyFlags;
import io.skillstudio.evaluator.python.regex.PyRegex;
import io.skillstudio.evaluator.python.regex.RegexCache;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code keywords:*} instructions. Keywords are Python regexes searched case-insensitively, as
 * upstream ({@code re.search(keyword, value, flags=re.IGNORECASE)}), compiled by {@link PyRegex}.
 */
final class KeywordInstructions {

    private static final int MAX_EVIDENCE = 50;

    private KeywordInstructions() {}

    /** The Python pattern upstream builds for a keyword, or for a forbidden word ({@code bounded}). */
    static String pattern(String keyword, boolean bounded) {
        return bounded ? "\\b" + keyword + "\\b" : keyword;
    }

    /** The compiled keyword; its kwargs were validated by {@code checkParams}. */
    static PyRegex regex(String keyword, boolean bounded) {
        return RegexCache.find(pattern(keyword, bounded), PyFlags.IGNORECASE).orElseThrow();
    }

    static List<ParamProblem> checkRegexes(String param, List<String> regexes, boolean bounded) {
        List<ParamProblem> out = new ArrayList<>();
        for (String r : regexes) {
            if (RegexCache.find(pattern(r, bounded), PyFlags.IGNORECASE).isEmpty()) {
                out.add(new ParamProblem(param, "'" + r + "' is not a valid regular expression"));
            }
        }
        return out;
    }

    /** keywords:existence: every keyword is found ({@code re.search(kw, text, re.I)}). */
    static final class Existence extends IfevalInstruction {
        Existence() {
            super(
                    "keywords:existence",
                    "Include all of the given keywords (case-insensitive regex search).",
                    List.of(ParamSpec.required("keywords", ParamType.STRING_LIST, "keywords that must appear")));
        }

        @Override
        public List<ParamProblem> checkParams(Params p) {
            return checkRegexes("keywords", p.strings("keywords"), false);
        }

        @Override
        Check check(String text, Params p) {
            List<EvidenceSpan> ev = new ArrayList<>();
            for (String kw : p.strings("keywords")) {
                List<int[]> found = regex(kw, false).spans(text, 1);
                if (found.isEmpty()) {
                    return Check.of(false, "keyword '" + kw + "' not found", ev);
                }
                ev.add(new EvidenceSpan(found.get(0)[0], found.get(0)[1], "keyword '" + kw + "'"));
            }
            return Check.of(true, "all keywords found", ev);
        }
    }

    /** keywords:frequency: {@code len(re.findall(keyword, text, re.I))} against the relation. */
    static final class Frequency extends IfevalInstruction {
        Frequency() {
            super(
                    "keywords:frequency",
                    "A keyword appears less than / at least N times (case-insensitive regex).",
                    List.of(
                            ParamSpec.required("keyword", ParamType.STRING, "the keyword (a regex, as upstream)"),
                            ParamSpec.required("frequency", ParamType.INTEGER, "the threshold"),
                            Relation.spec("relation")));
        }

        @Override
        public List<ParamProblem> checkParams(Params p) {
            return checkRegexes("keyword", List.of(p.string("keyword").orElseThrow()), false);
        }

        @Override
        Check check(String text, Params p) {
            String kw = p.string("keyword").orElseThrow();
            List<int[]> found = regex(kw, false).spans(text, Integer.MAX_VALUE);
            List<EvidenceSpan> ev = new ArrayList<>();
            int n = found.size();
            for (int i = 0; i < Math.min(n, MAX_EVIDENCE); i++) {
                ev.add(new EvidenceSpan(found.get(i)[0], found.get(i)[1], "'" + kw + "' #" + (i + 1)));
            }
            int freq = p.integer("frequency").orElseThrow();
            return Check.of(
                    Relation.holds(p, "relation", n, freq),
                    Relation.describe(p, "relation", "occurrences of '" + kw + "'", n, freq),
                    ev);
        }
    }

    /** keywords:forbidden_words: no {@code re.search(r"\b" + word + r"\b", value, flags=re.IGNORECASE)}. */
    static final class ForbiddenWords extends IfevalInstruction {
        ForbiddenWords() {
            super(
                    "keywords:forbidden_words",
                    "Do not include any of the given words (whole-word, case-insensitive).",
                    List.of(ParamSpec.required(
                            "forbidden_words", ParamType.STRING_LIST, "words that must not appear")));
        }

        @Override
        public List<ParamProblem> checkParams(Params p) {
            return checkRegexes("forbidden_words", p.strings("forbidden_words"), true);
        }

        @Override
        Check check(String text, Params p) {
            for (String w : p.strings("forbidden_words")) {
                WholeWordSearch literal = WholeWordSearch.forLiteral(w);
                if (literal != null) {
                    int at = literal.find(text, 0);
                    if (at >= 0) {
                        return Check.of(
                                false,
                                "forbidden word '" + w + "' found",
                                List.of(new EvidenceSpan(at, at + literal.length(), "forbidden '" + w + "'")));
                    }
                    continue;
                }
                List<int[]> found = regex(w, true).spans(text, 1);
                if (!found.isEmpty()) {
                    return Check.of(
                            false,
                            "forbidden word '" + w + "' found",
                            List.of(new EvidenceSpan(found.get(0)[0], found.get(0)[1], "forbidden '" + w + "'")));
                }
            }
            return Check.of(true, "no forbidden word found");
        }
    }

    /** keywords:letter_frequency: occurrences of one letter in {@code text.lower()}. */
    static final class LetterFrequency extends IfevalInstruction {
        LetterFrequency() {
            super(
                    "keywords:letter_frequency",
                    "A letter appears less than / at least N times (case-insensitive).",
                    List.of(
                            ParamSpec.required("letter", ParamType.STRING, "a single character"),
                            ParamSpec.required("let_frequency", ParamType.INTEGER, "the threshold"),
                            Relation.spec("let_relation")));
        }

        @Override
        public List<ParamProblem> checkParams(Params p) {
            String letter = p.string("letter").orElseThrow().strip();
            if (letter.codePointCount(0, letter.length()) != 1) {
                return List.of(
                        new ParamProblem("letter", "letter must be exactly one character, got '" + letter + "'"));
            }
            return List.of();
        }

        @Override
        Check check(String text, Params p) {
            // Upstream (2024) replaces a letter outside a-z with a random one; like the later upstream
            // version we count the character as given (docs/ifeval.md).
            String letter = p.string("letter").orElseThrow().strip().toLowerCase(Locale.ROOT);
            String lower = text.toLowerCase(Locale.ROOT);
            int n = 0;
            for (int i = lower.indexOf(letter); i >= 0; i = lower.indexOf(letter, i + letter.length())) {
                n++;
            }
            int freq = p.integer("let_frequency").orElseThrow();
            return Check.of(
                    Relation.holds(p, "let_relation", n, freq),
                    Relation.describe(p, "let_relation", "count of '" + letter + "'", n, freq));
        }
    }
}
