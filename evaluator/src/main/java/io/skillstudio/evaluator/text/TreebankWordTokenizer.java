package io.skillstudio.evaluator.text;

import static io.skillstudio.evaluator.text.TreebankRules.isWord;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.text.punkt.PunktSentenceTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Equivalent of NLTK 3.8's {@code word_tokenize(text)}: Punkt sentences, then the improved Treebank
 * rules ({@code NLTKWordTokenizer}) on each sentence, then a whitespace split. The rules run in
 * upstream order, each as a hand-written scan ({@link TreebankRules}) instead of a regex; Python's
 * {@code \s}, {@code \d}, {@code \w} and {@code \b} keep their Unicode meaning.
 */
public final class TreebankWordTokenizer {

    /** The words NLTK's contraction rules split; a sentence lacking the letters of all of them skips the pass. */
    private static final String[] CONTRACTION_WORDS = {
        "cannot", "d'ye", "gimme", "gonna", "gotta", "lemme", "more'n", "wanna", "'tis", "'twas"
    };

    private TreebankWordTokenizer() {}

    /** Python {@code \w} as the IFEval regexes spell it (letters, Nd, Nl, No, underscore). */
    public static boolean isWordChar(int cp) {
        return isWord(cp);
    }

    /** Receives each token as a range of the tokenized sentence text, so counting needs no substrings. */
    @FunctionalInterface
    public interface TokenSink {
        void token(String text, int start, int end);
    }

    /** {@code nltk.word_tokenize(text)}. */
    public static List<String> wordTokenize(String text) {
        List<String> out = new ArrayList<>();
        forEachToken(text, (t, start, end) -> out.add(t.substring(start, end)));
        return out;
    }

    /** The tokens of {@code nltk.word_tokenize(text)}, in order. */
    public static void forEachToken(String text, TokenSink sink) {
        for (String sentence : PunktSentenceTokenizer.english().tokenize(text)) {
            tokenizeSentence(sentence, sink);
        }
    }

    /** {@code NLTKWordTokenizer().tokenize(sentence)}, appending to {@code out}. */
    static void tokenizeSentence(String sentence, List<String> out) {
        tokenizeSentence(sentence, (t, start, end) -> out.add(t.substring(start, end)));
    }

    private static void tokenizeSentence(String sentence, TokenSink out) {
        // Most rules need a character most sentences lack; one pass finds which rules can match.
        // The rules only insert spaces, quotes and backticks, so the letters and the other
        // punctuation seen here stay valid for every later rule.
        CharMask m = new CharMask(sentence);
        String t = m.fancyQuotes || m.has('`') ? TreebankRules.openingQuotes(sentence) : sentence;
        if (!t.isEmpty() && t.charAt(0) == '"') {
            t = "``" + t.substring(1); // ^"
        }
        t = TreebankRules.replaceLiteral(t, "``", " `` ");
        if (m.has('"') || m.has('\'')) {
            t = TreebankRules.quoteAfterOpener(t);
        }
        t = TreebankRules.quoteBeforeSingleLetter(t);

        t = TreebankRules.finalPeriod(t, true);
        if (m.has(':') || m.has(',')) {
            t = TreebankRules.colonComma(t);
            t = TreebankRules.finalColonComma(t);
        }
        t = TreebankRules.ellipses(t);
        if (m.hasAny(";@#$%&")) {
            t = TreebankRules.spaceAround(t, ";@#$%&");
        }
        t = TreebankRules.finalPeriod(t, false);
        if (m.hasAny("?!")) {
            t = TreebankRules.spaceAround(t, "?!");
        }
        if (t.contains("' ")) {
            t = quoteSpace(t);
        }
        if (m.has('*')) {
            t = TreebankRules.spaceAround(t, "*");
        }
        if (m.hasAny("][(){}<>")) {
            t = TreebankRules.spaceAround(t, "][(){}<>");
        }
        t = TreebankRules.replaceLiteral(t, "--", " -- ");

        t = " " + t + " ";
        if (m.fancyQuotes) {
            t = TreebankRules.spaceAround(t, "»”’");
        }
        t = TreebankRules.replaceLiteral(t, "''", " '' ");
        t = TreebankRules.replaceLiteral(t, "\"", " '' ");
        if (t.indexOf('\'') >= 0) {
            t = clitics(t, false);
            t = clitics(t, true);
        }

        for (String word : CONTRACTION_WORDS) {
            if (m.mayContainFolded(word)) {
                t = TreebankContractions.apply(t);
                break;
            }
        }
        split(t, out);
    }

    /** Which ASCII characters a sentence has (letters case-folded), and two non-ASCII facts. */
    private static final class CharMask {
        private long lo;
        private long hi;
        /** A non-ASCII char that Java's case-insensitive matching equates with an ASCII letter (İ, ı, ſ, K). */
        private boolean foldsToAscii;
        /** One of « “ ‘ „ » ” ’. */
        private boolean fancyQuotes;

        CharMask(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 64) {
                    lo |= 1L << c;
                } else if (c < 128) {
                    hi |= 1L << (c - 64);
                    if (c >= 'A' && c <= 'Z') {
                        hi |= 1L << ((c | 0x20) - 64);
                    }
                } else if ("«“‘„»”’".indexOf(c) >= 0) {
                    fancyQuotes = true;
                } else if (TreebankRules.foldsToAscii(c)) {
                    foldsToAscii = true;
                }
            }
        }

        boolean has(char c) {
            return c < 64 ? (lo >>> c & 1) != 0 : (hi >>> (c - 64) & 1) != 0;
        }

        boolean hasAny(String chars) {
            for (int i = 0; i < chars.length(); i++) {
                if (has(chars.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        /** A necessary condition for a case-insensitive match of the lower-case ASCII {@code word}. */
        boolean mayContainFolded(String word) {
            if (foldsToAscii) {
                return true;
            }
            for (int i = 0; i < word.length(); i++) {
                if (!has(word.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    /** {@code ([^'])' } → {@code "\1 ' "}. */
    private static String quoteSpace(String s) {
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            if (i + 2 < s.length() && s.charAt(i) != '\'' && s.charAt(i + 1) == '\'' && s.charAt(i + 2) == ' ') {
                out = TreebankRules.start(out, s, i);
                out.append(s.charAt(i)).append(" ' ");
                i += 3;
            } else {
                if (out != null) {
                    out.append(s.charAt(i));
                }
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * {@code ([^' ])('[sS]|'[mM]|'[dD]|') } (first pass) and
     * {@code ([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) } (second pass) → {@code "\1 \2 "}.
     */
    private static String clitics(String s, boolean second) {
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            int len = 0;
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c != '\'' && c != ' ' && (next == '\'' || (second && (next == 'n' || next == 'N')))) {
                len = second ? longClitic(s, i + 1) : shortClitic(s, i + 1);
            }
            if (len > 0) {
                out = TreebankRules.start(out, s, i);
                out.append(c).append(' ').append(s, i + 1, i + 1 + len).append(' ');
                i += 2 + len; // the context char, the clitic and the space after it
            } else {
                if (out != null) {
                    out.append(c);
                }
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    /** Length of {@code 's 'm 'd} or a bare {@code '} at {@code i} that a space follows, else 0. */
    private static int shortClitic(String s, int i) {
        if (i + 1 >= s.length() || s.charAt(i) != '\'') {
            return 0;
        }
        char c = s.charAt(i + 1);
        if ("sSmMdD".indexOf(c) >= 0 && i + 2 < s.length() && s.charAt(i + 2) == ' ') {
            return 2;
        }
        return c == ' ' ? 1 : 0;
    }

    private static final String[] LONG_CLITICS = {"'ll", "'LL", "'re", "'RE", "'ve", "'VE", "n't", "N'T"};

    private static int longClitic(String s, int i) {
        if (i + 3 >= s.length() || s.charAt(i + 3) != ' ') {
            return 0;
        }
        for (String c : LONG_CLITICS) {
            if (s.startsWith(c, i)) {
                return 3;
            }
        }
        return 0;
    }

    /** {@code text.split()}: runs of non-whitespace (Python's whitespace). */
    private static void split(String t, TokenSink out) {
        int i = 0;
        int n = t.length();
        while (i < n) {
            while (i < n && PyText.isSpace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !PyText.isSpace(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.token(t, start, i);
            }
        }
    }
}
