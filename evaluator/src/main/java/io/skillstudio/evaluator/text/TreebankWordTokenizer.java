package io.skillstudio.evaluator.text;

import io.skillstudio.evaluator.text.punkt.PunktSentenceTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Equivalent of NLTK 3.8's {@code word_tokenize(text)}: Punkt sentences, then the improved Treebank
 * rules ({@code NLTKWordTokenizer}) on each sentence, then a whitespace split. The rules are a fixed
 * sequence of regex substitutions; Python's {@code \s}, {@code \d}, {@code \w} and {@code \b} are
 * spelled out so non-ASCII text tokenizes as in CPython.
 */
public final class TreebankWordTokenizer {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String W = PyText.W;
    /** Python's Unicode {@code \b}. */
    private static final String B = "(?:(?<=" + W + ")(?!" + W + ")|(?<!" + W + ")(?=" + W + "))";

    private record Rule(Pattern pattern, String replacement) {
        String apply(String text) {
            Matcher m = pattern.matcher(text);
            return m.find() ? m.replaceAll(replacement) : text;
        }
    }

    private static Rule rule(String regex, String replacement) {
        return new Rule(Pattern.compile(regex, Pattern.UNIX_LINES), replacement);
    }

    private static Rule ruleCi(String regex, String replacement) {
        return new Rule(Pattern.compile(regex, Pattern.UNIX_LINES | CI), replacement);
    }

    private static final List<Rule> STARTING_QUOTES = List.of(
            rule("([«“‘„]|`+)", " $1 "),
            rule("^\"", "``"),
            rule("(``)", " $1 "),
            rule("([ (\\[{<])(\"|'{2})", "$1 `` "),
            ruleCi("(')(?!re|ve|ll|m|t|s|d|n)(" + W + ")" + B, "$1 $2"));

    private static final List<Rule> PUNCTUATION = List.of(
            rule("([^.])(\\.)([\\])}>\"'»”’ ]*)" + PyText.S + "*$", "$1 $2 $3 "),
            rule("([:,])([^\\p{Nd}])", " $1 $2"),
            rule("([:,])$", " $1 "),
            rule("\\.{2,}", " $0 "),
            rule("[;@#$%&]", " $0 "),
            rule("([^.])(\\.)([\\])}>\"']*)" + PyText.S + "*$", "$1 $2$3 "),
            rule("[?!]", " $0 "),
            rule("([^'])' ", "$1 ' "),
            rule("[*]", " $0 "),
            rule("[\\]\\[(){}<>]", " $0 "),
            rule("--", " -- "));

    private static final List<Rule> ENDING_QUOTES = List.of(
            rule("([»”’])", " $1 "),
            rule("''", " '' "),
            rule("\"", " '' "),
            rule("([^' ])('[sS]|'[mM]|'[dD]|') ", "$1 $2 "),
            rule("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "$1 $2 "));

    private static final List<Rule> CONTRACTIONS = List.of(
            ruleCi(B + "(can)(not)" + B, " $1 $2 "),
            ruleCi(B + "(d)('ye)" + B, " $1 $2 "),
            ruleCi(B + "(gim)(me)" + B, " $1 $2 "),
            ruleCi(B + "(gon)(na)" + B, " $1 $2 "),
            ruleCi(B + "(got)(ta)" + B, " $1 $2 "),
            ruleCi(B + "(lem)(me)" + B, " $1 $2 "),
            ruleCi(B + "(more)('n)" + B, " $1 $2 "),
            ruleCi(B + "(wan)(na)(?=" + PyText.S + ")", " $1 $2 "),
            ruleCi(" ('t)(is)" + B, " $1 $2 "),
            ruleCi(" ('t)(was)" + B, " $1 $2 "));

    private static final Pattern NOT_SPACE_RUN = Pattern.compile(PyText.NS + "+");

    private TreebankWordTokenizer() {}

    /** {@code nltk.word_tokenize(text)}. */
    public static List<String> wordTokenize(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : PunktSentenceTokenizer.english().tokenize(text)) {
            tokenizeSentence(sentence, out);
        }
        return out;
    }

    /** {@code NLTKWordTokenizer().tokenize(sentence)}, appending to {@code out}. */
    static void tokenizeSentence(String sentence, List<String> out) {
        String text = sentence;
        for (Rule r : STARTING_QUOTES) {
            text = r.apply(text);
        }
        for (Rule r : PUNCTUATION) {
            text = r.apply(text);
        }
        text = " " + text + " ";
        for (Rule r : ENDING_QUOTES) {
            text = r.apply(text);
        }
        for (Rule r : CONTRACTIONS) {
            text = r.apply(text);
        }
        Matcher m = NOT_SPACE_RUN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
    }

}
