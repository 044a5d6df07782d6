package io.skillstudio.evaluator.text;

import io.skillstudio.evaluator.python.PyText;
import io.skillstudio.evaluator.text.punkt.PunktSentenceTokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The former production tokenizer, kept as the reference that {@link TreebankWordTokenizer} must
 * reproduce token for token. Equivalent of NLTK 3.8's {@code word_tokenize(text)}: Punkt sentences, then the improved Treebank
 * rules ({@code NLTKWordTokenizer}) on each sentence, then a whitespace split. The rules are a fixed
 * sequence of regex substitutions; Python's {@code \s}, {@code \d}, {@code \w} and {@code \b} are
 * spelled out so non-ASCII text tokenizes as in CPython.
 */
final class TreebankRegexReference {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String W = PyText.W;
    /** Python's Unicode {@code \b}. */
    private static final String B = "(?:(?<=" + W + ")(?!" + W + ")|(?<!" + W + ")(?=" + W + "))";

    /**
     * One substitution. {@code trigger}, when not null, is a string that any match must contain
     * (case-folded for case-insensitive rules); most sentences lack it, and a plain indexOf is far
     * cheaper than running the regex, whose lookaround word boundaries defeat Java's optimizations.
     */
    private record Rule(Pattern pattern, String replacement, String trigger, boolean folded, String anyOf) {
        String apply(String text, String foldedText) {
            if (trigger != null && (folded ? foldedText : text).indexOf(trigger) < 0) {
                return text;
            }
            if (anyOf != null && !containsAny(text, anyOf)) {
                return text;
            }
            Matcher m = pattern.matcher(text);
            return m.find() ? m.replaceAll(replacement) : text;
        }
    }

    /** A rule that can only match where one of the {@code anyOf} chars occurs. */
    private static Rule rule(String regex, String replacement, String anyOf) {
        return new Rule(Pattern.compile(regex, Pattern.UNIX_LINES), replacement, null, false, anyOf);
    }

    /** A rule whose every match contains {@code literal}. */
    private static Rule ruleLit(String regex, String replacement, String literal) {
        return new Rule(Pattern.compile(regex, Pattern.UNIX_LINES), replacement, literal, false, null);
    }

    private static Rule ruleCi(String regex, String replacement, String trigger) {
        return new Rule(Pattern.compile(regex, Pattern.UNIX_LINES | CI), replacement, trigger, true, null);
    }

    private static boolean containsAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Simple case folding as Java's CASE_INSENSITIVE|UNICODE_CASE compares chars (so the Kelvin sign is k). */
    private static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        return new String(out);
    }

    private static final List<Rule> STARTING_QUOTES = List.of(
            rule("([«“‘„]|`+)", " $1 ", "«“‘„`"),
            ruleLit("^\"", "``", "\""),
            ruleLit("(``)", " $1 ", "``"),
            rule("([ (\\[{<])(\"|'{2})", "$1 `` ", "\"'"),
            ruleCi("(')(?!re|ve|ll|m|t|s|d|n)(" + W + ")" + B, "$1 $2", "'"));

    private static final List<Rule> PUNCTUATION = List.of(
            rule("([^.])(\\.)([\\])}>\"'»”’ ]*)" + PyText.S + "*$", "$1 $2 $3 ", "."),
            rule("([:,])([^\\p{Nd}])", " $1 $2", ":,"),
            rule("([:,])$", " $1 ", ":,"),
            ruleLit("\\.{2,}", " $0 ", ".."),
            rule("[;@#$%&]", " $0 ", ";@#$%&"),
            rule("([^.])(\\.)([\\])}>\"']*)" + PyText.S + "*$", "$1 $2$3 ", "."),
            rule("[?!]", " $0 ", "?!"),
            ruleLit("([^'])' ", "$1 ' ", "' "),
            rule("[*]", " $0 ", "*"),
            rule("[\\]\\[(){}<>]", " $0 ", "[](){}<>"),
            ruleLit("--", " -- ", "--"));

    private static final List<Rule> ENDING_QUOTES = List.of(
            rule("([»”’])", " $1 ", "»”’"),
            ruleLit("''", " '' ", "''"),
            rule("\"", " '' ", "\""),
            ruleLit("([^' ])('[sS]|'[mM]|'[dD]|') ", "$1 $2 ", "'"),
            ruleLit("([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ", "$1 $2 ", "'"));

    private static final List<Rule> CONTRACTIONS = List.of(
            ruleCi(B + "(can)(not)" + B, " $1 $2 ", "cannot"),
            ruleCi(B + "(d)('ye)" + B, " $1 $2 ", "d'ye"),
            ruleCi(B + "(gim)(me)" + B, " $1 $2 ", "gimme"),
            ruleCi(B + "(gon)(na)" + B, " $1 $2 ", "gonna"),
            ruleCi(B + "(got)(ta)" + B, " $1 $2 ", "gotta"),
            ruleCi(B + "(lem)(me)" + B, " $1 $2 ", "lemme"),
            ruleCi(B + "(more)('n)" + B, " $1 $2 ", "more'n"),
            ruleCi(B + "(wan)(na)(?=" + PyText.S + ")", " $1 $2 ", "wanna"),
            ruleCi(" ('t)(is)" + B, " $1 $2 ", " 'tis"),
            ruleCi(" ('t)(was)" + B, " $1 $2 ", " 'twas"));

    private static final Pattern NOT_SPACE_RUN = Pattern.compile(PyText.NS + "+");

    private TreebankRegexReference() {}

    /** {@code nltk.word_tokenize(text)}. */
    static List<String> wordTokenize(String text) {
        List<String> out = new ArrayList<>();
        for (String sentence : PunktSentenceTokenizer.english().tokenize(text)) {
            tokenizeSentence(sentence, out);
        }
        return out;
    }

    /** {@code NLTKWordTokenizer().tokenize(sentence)}, appending to {@code out}. */
    static void tokenizeSentence(String sentence, List<String> out) {
        String text = sentence;
        String folded = fold(sentence);
        for (Rule r : STARTING_QUOTES) {
            text = r.apply(text, folded);
        }
        for (Rule r : PUNCTUATION) {
            text = r.apply(text, null);
        }
        text = " " + text + " ";
        for (Rule r : ENDING_QUOTES) {
            text = r.apply(text, null);
        }
        folded = fold(text);
        for (Rule r : CONTRACTIONS) {
            String next = r.apply(text, folded);
            if (next != text) {
                text = next;
                folded = fold(text);
            }
        }
        Matcher m = NOT_SPACE_RUN.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
    }
}
