package io.skillstudio.evaluator.ifeval;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.text.IfevalText;
import io.skillstudio.evaluator.text.punkt.PunktSentenceTokenizer;
import io.skillstudio.evaluator.verify.EvidenceSpan;
import io.skillstudio.evaluator.verify.ParamProblem;
import io.skillstudio.evaluator.verify.ParamSpec;
import io.skillstudio.evaluator.verify.ParamType;
import io.skillstudio.evaluator.verify.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The {@code length_constraints:*} instructions. */
final class LengthInstructions {

    private static final Pattern BLANK_LINE = Pattern.compile("\n\n");
    private static final String FIRST_WORD_STOP = ".,?!'\"";

    private LengthInstructions() {}

    /** length_constraints:number_sentences: Punkt sentence count against the relation. */
    static final class NumberSentences extends IfevalInstruction {
        NumberSentences() {
            super(
                    "length_constraints:number_sentences",
                    "Sentence count (NLTK Punkt) less than / at least N.",
                    List.of(
                            ParamSpec.required("num_sentences", ParamType.INTEGER, "the threshold"),
                            Relation.spec("relation")));
        }

        @Override
        Check check(String text, Params p) {
            List<PunktSentenceTokenizer.Span> spans =
                    PunktSentenceTokenizer.english().spans(text);
            List<EvidenceSpan> ev = new ArrayList<>(Math.min(spans.size(), 100));
            for (int i = 0; i < spans.size() && i < 100; i++) {
                ev.add(new EvidenceSpan(spans.get(i).start(), spans.get(i).end(), "sentence " + (i + 1)));
            }
            int n = p.integer("num_sentences").orElseThrow();
            return Check.of(
                    Relation.holds(p, "relation", spans.size(), n),
                    Relation.describe(p, "relation", "sentences", spans.size(), n),
                    ev);
        }
    }

    /** length_constraints:number_words: {@code \w+} count against the relation. */
    static final class NumberWords extends IfevalInstruction {
        NumberWords() {
            super(
                    "length_constraints:number_words",
                    "Word count (\\w+ runs) less than / at least N.",
                    List.of(
                            ParamSpec.required("num_words", ParamType.INTEGER, "the threshold"),
                            Relation.spec("relation")));
        }

        @Override
        Check check(String text, Params p) {
            int words = IfevalText.countWords(text);
            int n = p.integer("num_words").orElseThrow();
            return Check.of(
                    Relation.holds(p, "relation", words, n), Relation.describe(p, "relation", "words", words, n));
        }
    }

    /** length_constraints:number_paragraphs: exactly N paragraphs separated by {@code ***}. */
    static final class NumberParagraphs extends IfevalInstruction {
        NumberParagraphs() {
            super(
                    "length_constraints:number_paragraphs",
                    "Exactly N paragraphs separated by the markdown divider ***.",
                    List.of(ParamSpec.required("num_paragraphs", ParamType.INTEGER, "the paragraph count")));
        }

        @Override
        Check check(String text, Params p) {
            List<String> paragraphs = splitOnDividers(text);
            int n = paragraphs.size();
            for (int i = 0; i < paragraphs.size(); i++) {
                if (PyText.isBlank(paragraphs.get(i))) {
                    if (i == 0 || i == paragraphs.size() - 1) {
                        n--;
                    } else {
                        return Check.of(false, "paragraph " + (i + 1) + " between *** dividers is empty");
                    }
                }
            }
            int want = p.integer("num_paragraphs").orElseThrow();
            return Check.of(n == want, "paragraphs = " + n + ", required " + want);
        }
    }

    /**
     * The regex split {@code re.split(r"\s?\*\*\*\s?", text)} (Java split, limit -1) by hand: every match is an
     * occurrence of "***" with at most one whitespace char taken on each side, the one before only
     * when the previous match does not own it. The regex can start at any whitespace and cost tens
     * of microseconds on a long response.
     */
    static List<String> splitOnDividers(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int pieceStart = 0;
        for (int at = text.indexOf("***"); at >= 0; at = text.indexOf("***", from)) {
            int start = at > from && PyText.isSpace(text.charAt(at - 1)) ? at - 1 : at;
            int end = at + 3;
            if (end < text.length() && PyText.isSpace(text.charAt(end))) {
                end++;
            }
            out.add(text.substring(pieceStart, start));
            pieceStart = end;
            from = end;
        }
        out.add(text.substring(pieceStart));
        return out;
    }

    /** length_constraints:nth_paragraph_first_word: N paragraphs (blank-line separated), the nth starts with a word. */
    static final class NthParagraphFirstWord extends IfevalInstruction {
        NthParagraphFirstWord() {
            super(
                    "length_constraints:nth_paragraph_first_word",
                    "Exactly N paragraphs separated by blank lines, and paragraph i starts with the given word.",
                    List.of(
                            ParamSpec.required("num_paragraphs", ParamType.INTEGER, "the paragraph count"),
                            ParamSpec.required("nth_paragraph", ParamType.INTEGER, "1-based paragraph index"),
                            ParamSpec.required("first_word", ParamType.STRING, "the expected first word")));
        }

        @Override
        public List<ParamProblem> checkParams(Params p) {
            return p.integer("nth_paragraph").orElseThrow() < 1
                    ? List.of(new ParamProblem("nth_paragraph", "nth_paragraph must be at least 1"))
                    : List.of();
        }

        @Override
        Check check(String text, Params p) {
            String[] paragraphs = BLANK_LINE.split(text, -1);
            int n = paragraphs.length;
            for (String para : paragraphs) {
                if (PyText.isBlank(para)) {
                    n--;
                }
            }
            int nth = p.integer("nth_paragraph").orElseThrow();
            int want = p.integer("num_paragraphs").orElseThrow();
            String expected = p.string("first_word").orElseThrow().toLowerCase(Locale.ROOT);
            if (nth > n) {
                return Check.of(false, "only " + n + " paragraphs, no paragraph " + nth);
            }
            String para = PyText.strip(paragraphs[nth - 1]);
            if (para.isEmpty()) {
                return Check.of(false, "paragraph " + nth + " is empty");
            }
            String word = firstWord(para);
            return Check.of(
                    n == want && word.equals(expected),
                    "paragraphs = " + n + " (required " + want + "), paragraph " + nth + " starts with '" + word
                            + "' (required '" + expected + "')");
        }

        /** {@code split()[0]}, leading quotes removed, cut at the first punctuation mark, lower-cased. */
        private static String firstWord(String para) {
            int end = 0;
            while (end < para.length() && !PyText.isSpace(para.charAt(end))) {
                end++;
            }
            String word = para.substring(0, end);
            int start = 0;
            while (start < word.length() && word.charAt(start) == '\'') {
                start++;
            }
            while (start < word.length() && word.charAt(start) == '"') {
                start++;
            }
            StringBuilder out = new StringBuilder();
            for (int i = start; i < word.length(); ) {
                int c = word.codePointAt(i);
                if (FIRST_WORD_STOP.indexOf(c) >= 0) {
                    break;
                }
                // Python lower-cases letter by letter, so no context rules such as final sigma
                out.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
                i += Character.charCount(c);
            }
            return out.toString();
        }
    }
}
