package io.skillstudio.evaluator.constraints;

import static io.skillstudio.evaluator.constraints.ConstraintVerifier.Kind.BOOLEAN;
import static io.skillstudio.evaluator.constraints.ConstraintVerifier.Kind.COUNT;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.python.regex.PyFlags;
import io.skillstudio.evaluator.python.regex.PyRegex;
import io.skillstudio.evaluator.python.regex.PyRegexException;
import io.skillstudio.evaluator.python.regex.RegexCache;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import io.skillstudio.evaluator.verify.Verifier;
import io.skillstudio.evaluator.verify.VerifierProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Registers every Skill-RM constraint_tools helper as {@code constraint.<helper>}. */
public final class ConstraintVerifierProvider implements VerifierProvider {

    private static final ParamSpec CASE_SENSITIVE = ParamSpec.optional(
            "case_sensitive", ParamType.BOOLEAN, "compare exactly instead of after Python lower() (default false)");
    private static final ParamSpec PATTERN = ParamSpec.required("pattern", ParamType.STRING, "a Python re pattern");
    private static final ParamSpec FLAGS =
            ParamSpec.optional("flags", ParamType.INTEGER, "Python re flags: I=2, M=8, S=16, X=64, A=256 (default 0)");

    private static final List<Verifier> VERIFIERS = build();

    @Override
    public List<Verifier> verifiers() {
        return VERIFIERS;
    }

    private static List<Verifier> build() {
        List<Verifier> v = new ArrayList<>();
        v.add(count("normalize_space", "Length in code points of the whitespace-normalized text", List.of(), (t, p) -> {
            String n = PyText.normalizeSpace(t);
            return new Counted(PyText.length(n), List.of(), Map.of("normalized", n));
        }));
        v.add(count(
                "words", "Words as \\b[\\w'-]+\\b with Python's Unicode \\w; details list them", List.of(), (t, p) -> {
                    List<TextSpan> spans = Words.spans(t);
                    return new Counted(
                            spans.size(),
                            Counted.spans(spans, "word"),
                            Map.of("words", spans.stream().map(s -> s.of(t)).toList()));
                }));
        v.add(count(
                "word_count",
                "Number of words (\\b[\\w'-]+\\b, Python Unicode \\w)",
                List.of(),
                (t, p) -> wordsCounted(t)));
        v.add(count(
                "char_count",
                "Number of characters (code points)",
                List.of(ParamSpec.optional("include_spaces", ParamType.BOOLEAN, "count whitespace too (default true)")),
                (t, p) -> Counted.of(
                        TextCounts.charCount(t, p.bool("include_spaces").orElse(true)))));
        v.add(count(
                "line_count",
                "Number of lines as str.splitlines() sees them",
                List.of(ParamSpec.optional("nonempty", ParamType.BOOLEAN, "skip blank lines (default true)")),
                (t, p) -> {
                    List<TextSpan> lines =
                            TextCounts.lines(t, p.bool("nonempty").orElse(true));
                    return Counted.of(lines.size(), Counted.spans(lines, "line"));
                }));
        v.add(count("paragraph_count", "Number of non-blank blocks separated by blank lines", List.of(), (t, p) -> {
            List<TextSpan> paras = TextCounts.paragraphs(t);
            return Counted.of(paras.size(), Counted.spans(paras, "paragraph"));
        }));
        v.add(count(
                "sentence_count",
                "Number of sentences ending in . ! ? 。 ！ ？ plus any trailing text",
                List.of(),
                (t, p) -> Counted.of(TextCounts.sentenceCount(t))));
        v.add(new ConstraintVerifier(
                "contains",
                "Whether the text contains the needle",
                BOOLEAN,
                List.of(ParamSpec.required("needle", ParamType.STRING, "text to look for"), CASE_SENSITIVE),
                (t, p) -> occurrences(t, p, false, 1),
                null));
        v.add(count(
                "count_occurrences",
                "Occurrences of the needle (an empty needle counts 0)",
                List.of(
                        ParamSpec.required("needle", ParamType.STRING, "text to count"),
                        CASE_SENSITIVE,
                        ParamSpec.optional("overlap", ParamType.BOOLEAN, "count overlapping hits (default false)")),
                (t, p) -> occurrences(t, p, p.bool("overlap").orElse(false), Integer.MAX_VALUE)));
        v.add(new ConstraintVerifier(
                "regex_count",
                "Number of matches of a Python regex (re.findall)",
                COUNT,
                List.of(PATTERN, FLAGS),
                (t, p) -> regex(t, p, Integer.MAX_VALUE),
                ConstraintVerifierProvider::checkRegex));
        v.add(new ConstraintVerifier(
                "regex_search",
                "Whether a Python regex matches anywhere (re.search)",
                BOOLEAN,
                List.of(PATTERN, FLAGS),
                (t, p) -> regex(t, p, 1),
                ConstraintVerifierProvider::checkRegex));
        v.addAll(StructuredVerifiers.all());
        v.add(count(
                "markdown_heading_count",
                "Markdown headings, of one level when given",
                List.of(ParamSpec.optional("level", ParamType.INTEGER, "heading level; any integer, as upstream")),
                (t, p) -> regexCounted(
                        MarkdownCounts.heading(
                                p.raw("level").map(Integer.class::cast).orElse(null)),
                        t,
                        "heading")));
        v.add(count(
                "bullet_count",
                "Bullet and numbered list items (- * + 1. 1))",
                List.of(),
                (t, p) -> regexCounted(MarkdownCounts.BULLET, t, "bullet")));
        v.add(count(
                "numbered_list_count",
                "Numbered list items (1. or 1))",
                List.of(),
                (t, p) -> regexCounted(MarkdownCounts.NUMBERED, t, "numbered item")));
        v.add(count(
                "code_block_count",
                "Fence lines (```), or whole ```language blocks when a language is given",
                List.of(ParamSpec.optional("language", ParamType.STRING, "fence info string to require")),
                (t, p) -> regexCounted(
                        MarkdownCounts.codeBlock(p.string("language").orElse(null)), t, "code fence")));
        v.add(new ConstraintVerifier(
                "balanced_brackets",
                "Whether () [] {} are balanced (quotes ignored)",
                BOOLEAN,
                List.of(),
                (t, p) -> {
                    int at = Brackets.firstProblem(t);
                    return at < 0 ? Counted.of(1) : Counted.of(0, List.of(new EvidenceSpan(at, at + 1, "unbalanced")));
                },
                null));
        v.add(count(
                "punctuation_count",
                "Non-overlapping occurrences of a mark (str.count)",
                List.of(ParamSpec.required("mark", ParamType.STRING, "the mark to count")),
                (t, p) -> Counted.of(
                        Occurrences.punctuationCount(t, p.string("mark").orElseThrow()))));
        v.add(count(
                "unique_word_count",
                "Distinct words, lower-cased unless case sensitive",
                List.of(CASE_SENSITIVE),
                (t, p) -> Counted.of(Words.unique(t, p.bool("case_sensitive").orElse(false)))));
        return List.copyOf(v);
    }

    private static ConstraintVerifier count(
            String helper, String description, List<ParamSpec> specs, ConstraintVerifier.Measure measure) {
        return new ConstraintVerifier(helper, description, COUNT, specs, measure, null);
    }

    private static Counted wordsCounted(String t) {
        List<TextSpan> spans = Words.spans(t);
        return Counted.of(spans.size(), Counted.spans(spans, "word"));
    }

    private static Counted occurrences(String t, Params p, boolean overlap, int limit) {
        String needle = p.string("needle").orElseThrow();
        boolean cs = p.bool("case_sensitive").orElse(false);
        List<Integer> hits = Occurrences.find(t, needle, cs, overlap);
        boolean found = needle.isEmpty() ? Occurrences.contains(t, needle, cs) : !hits.isEmpty();
        double value = limit == 1 ? (found ? 1 : 0) : hits.size();
        // Offsets are exact only when lower-casing kept the length (İ grows to two chars).
        boolean mappable = cs || PyText.lower(t).length() == t.length();
        List<EvidenceSpan> ev = new ArrayList<>();
        for (int i = 0; mappable && i < hits.size() && i < Math.min(limit, Counted.MAX_EVIDENCE); i++) {
            int at = hits.get(i);
            ev.add(new EvidenceSpan(at, Math.min(t.length(), at + needle.length()), "needle"));
        }
        return Counted.of(value, ev);
    }

    private static Counted regex(String t, Params p, int limit) {
        PyRegex r;
        try {
            r = RegexCache.get(
                    p.string("pattern").orElseThrow(), p.integer("flags").orElse(0));
        } catch (PyRegexException e) {
            // bind() rejects such patterns; callers that skip binding still get no exception.
            return new Counted(0, List.of(), Map.of("error", e.getMessage()));
        }
        if (limit == 1) {
            List<int[]> first = r.spans(t, 1);
            return Counted.of(first.isEmpty() ? 0 : 1, Counted.ranges(first, "match"));
        }
        return regexCounted(r, t, "match");
    }

    private static Counted regexCounted(PyRegex r, String t, String note) {
        List<int[]> spans = r.spans(t, Integer.MAX_VALUE);
        return Counted.of(spans.size(), Counted.ranges(spans, note));
    }

    private static void checkRegex(Params p, List<ParamProblem> problems) {
        int flags = p.integer("flags").orElse(0);
        if (flags < 0 || (flags & ~PyFlags.KNOWN) != 0) {
            problems.add(new ParamProblem(
                    "flags", "unknown re flag bits in " + flags + "; use I=2, M=8, S=16, X=64, A=256"));
            return;
        }
        try {
            RegexCache.get(p.string("pattern").orElseThrow(), flags);
        } catch (PyRegexException e) {
            problems.add(new ParamProblem("pattern", "invalid Python regex: " + e.getMessage()));
        }
    }
}
