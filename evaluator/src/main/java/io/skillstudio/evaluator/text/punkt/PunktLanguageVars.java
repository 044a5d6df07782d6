package io.skillstudio.evaluator.text.punkt;

import io.skillstudio.evaluator.python.PyText;
import java.util.regex.Pattern;

/**
 * NLTK's stock {@code PunktLanguageVars} regexes, rewritten in Java syntax. Python's Unicode {@code \s}
 * and {@code \S} are spelled out, and UNIX_LINES keeps {@code $} from matching before {@code \r} or
 * U+2028 the way Java otherwise would.
 */
final class PunktLanguageVars {

    static final String SENT_END_CHARS = ".?!";

    /** The characters of NON_WORD, for the hand-coded period context scan. */
    static final String NON_WORD_CHARS = ")\";}]*:@'({[!?";

    private static final String S = PyText.S;
    private static final String NS = PyText.NS;
    private static final String NON_WORD = "(?:[)\";}\\]*:@'({\\[!?])";
    private static final String MULTI_CHAR = "(?:-{2,}|\\.{2,}|(?:\\." + S + "){2,}\\.)";
    private static final String WORD_START = "[^(\"`{\\[:;&#*@)}\\]\\-,]";

    /** Splits one line into Punkt word tokens (the {@code _word_tokenizer_re}). */
    static final Pattern WORD_TOKENIZER = Pattern.compile(
            MULTI_CHAR
                    + "|(?=" + WORD_START + ")" + NS + "+?"
                    + "(?=" + S + "|$|" + NON_WORD + "|" + MULTI_CHAR
                    + "|,(?=$|" + S + "|" + NON_WORD + "|" + MULTI_CHAR + "))"
                    + "|" + NS,
            Pattern.UNIX_LINES);

    /**
     * A sentence-end char followed by punctuation or by whitespace and a next token. The tokenizer
     * scans for this by hand (it is the hot loop); the pattern documents and tests the equivalence.
     */
    static final Pattern PERIOD_CONTEXT = Pattern.compile(
            "[.?!](?=(?<afterTok>" + NON_WORD + "|" + S + "+(?<nextTok>" + NS + "+)))", Pattern.UNIX_LINES);

    /** Closing quotes/brackets that belong to the previous sentence. */
    static final Pattern BOUNDARY_REALIGNMENT =
            Pattern.compile("[\"')\\]}]+?(?:" + S + "+|(?=--)|$)", Pattern.MULTILINE | Pattern.UNIX_LINES);

    private PunktLanguageVars() {}
}
