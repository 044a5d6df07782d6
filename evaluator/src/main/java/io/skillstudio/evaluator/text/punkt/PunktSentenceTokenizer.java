package io.skillstudio.evaluator.text.punkt;

import io.skillstudio.evaluator.python.PyText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Java port of NLTK 3.8's {@code PunktSentenceTokenizer} (Kiss and Strunk 2006) for a pre-trained
 * model. Like NLTK 3.8 it only tokenizes the short context around each candidate period, so the cost
 * grows with the number of {@code . ? !} in the text. Thread safe: all state is per call.
 */
public final class PunktSentenceTokenizer {

    private static final PunktSentenceTokenizer ENGLISH = new PunktSentenceTokenizer(PunktParameters.english());

    private final PunktParameters params;
    private final PunktAnnotator annotator;

    public PunktSentenceTokenizer(PunktParameters params) {
        this.params = params;
        this.annotator = new PunktAnnotator(params);
    }

    /** The tokenizer IFEval's {@code count_sentences} uses (NLTK english.pickle). */
    public static PunktSentenceTokenizer english() {
        return ENGLISH;
    }

    public PunktParameters parameters() {
        return params;
    }

    /** {@code sent_tokenize(text)}. */
    public List<String> tokenize(String text) {
        List<Span> spans = spans(text);
        List<String> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(text.substring(s.start(), s.end()));
        }
        return out;
    }

    /** The number of sentences, without building the sentence strings. */
    public int count(String text) {
        return spans(text).size();
    }

    /** {@code span_tokenize(text)} in UTF-16 offsets, with boundary realignment. */
    public List<Span> spans(String text) {
        return realign(text, slices(text));
    }

    private List<Span> slices(String text) {
        List<Span> out = new ArrayList<>();
        int lastBreak = 0;
        // NLTK yields each candidate one step late so that it can drop candidates whose preceding word
        // overlaps the previous candidate's; the pending* fields hold that one-step delay.
        int prevSliceStart = 0;
        int prevSliceStop = 0;
        boolean havePending = false;
        int pendStart = 0;
        int pendEnd = 0;
        int pendNextTok = -1;
        String pendContext = null;
        int n = text.length();
        for (int matchStart = 0; matchStart < n; matchStart++) {
            // hand-coded PERIOD_CONTEXT: [.?!] followed by NonWord punctuation, or by \s+ and a token
            char c = text.charAt(matchStart);
            // SENT_END_CHARS spelled out: this test runs on every char of the text
            if ((c != '.' && c != '?' && c != '!') || matchStart + 1 >= n) {
                continue;
            }
            char next = text.charAt(matchStart + 1);
            int afterEnd;
            int nextTok = -1;
            if (PunktLanguageVars.NON_WORD_CHARS.indexOf(next) >= 0) {
                afterEnd = matchStart + 2;
            } else if (PyText.isSpace(next)) {
                int j = matchStart + 2;
                while (j < n && PyText.isSpace(text.charAt(j))) {
                    j++;
                }
                if (j == n) {
                    continue;
                }
                nextTok = j;
                while (j < n && !PyText.isSpace(text.charAt(j))) {
                    j++;
                }
                afterEnd = j;
            } else {
                continue;
            }
            int idx = lastWhitespaceIndex(text, prevSliceStop, matchStart);
            int wordStart = idx != 0 ? idx + prevSliceStop + 1 : prevSliceStart;
            if (havePending && prevSliceStop <= wordStart) {
                if (annotator.containsSentBreak(pendContext)) {
                    out.add(new Span(lastBreak, pendEnd));
                    lastBreak = pendNextTok >= 0 ? pendNextTok : pendEnd;
                }
            }
            havePending = true;
            pendStart = matchStart;
            pendEnd = matchStart + 1;
            pendNextTok = nextTok;
            pendContext = text.substring(wordStart, afterEnd);
            prevSliceStart = wordStart;
            prevSliceStop = pendStart;
        }
        if (havePending && annotator.containsSentBreak(pendContext)) {
            out.add(new Span(lastBreak, pendEnd));
            lastBreak = pendNextTok >= 0 ? pendNextTok : pendEnd;
        }
        out.add(new Span(lastBreak, PyText.stripEnd(text, 0)));
        return out;
    }

    /**
     * NLTK's {@code _get_last_whitespace_index} on {@code text[from:to]}: ASCII whitespace only, and 0
     * both for "none" and for "at index 0" (a quirk the caller depends on).
     */
    private static int lastWhitespaceIndex(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == 0x0C) {
                return i - from;
            }
        }
        return 0;
    }

    /** Moves closing quotes and brackets after a break back into the sentence they close. */
    private static List<Span> realign(String text, List<Span> slices) {
        List<Span> out = new ArrayList<>(slices.size());
        int realign = 0;
        Matcher m = PunktLanguageVars.BOUNDARY_REALIGNMENT.matcher(text);
        for (int i = 0; i < slices.size(); i++) {
            Span s1 = slices.get(i);
            int start1 = s1.start() + realign;
            int stop1 = s1.end();
            if (i + 1 == slices.size()) {
                if (start1 < stop1) {
                    out.add(new Span(start1, stop1));
                }
                continue;
            }
            Span s2 = slices.get(i + 1);
            boolean matched = false;
            if (s2.start() < s2.end()) {
                m.region(s2.start(), s2.end());
                matched = m.lookingAt();
            }
            if (matched) {
                int len = PyText.stripEnd(m.group(), 0);
                out.add(new Span(start1, s2.start() + len));
                realign = m.end() - s2.start();
            } else {
                realign = 0;
                if (start1 < stop1) {
                    out.add(new Span(start1, stop1));
                }
            }
        }
        return out;
    }

    /** A sentence as a half-open range of UTF-16 offsets. */
    public record Span(int start, int end) {}
}
