package io.skillstudio.evaluator.text;

import static io.skillstudio.evaluator.text.TreebankRules.foldForAscii;
import static io.skillstudio.evaluator.text.TreebankRules.isWord;

import io.skillstudio.evaluator.python.PyText;

/**
 * NLTK's ten CONTRACTIONS2/3 substitutions ({@code (?i)\b(can)(not)\b} … {@code (?i) ('t)(was)\b},
 * each to {@code " \1 \2 "}) in one left-to-right pass instead of ten. One pass gives what the ten
 * sequential ones give because a match is a whole word between non-word neighbours and the rewrite
 * only adds spaces next to those neighbours, so no rule's match can appear, vanish or move through
 * another's rewrite, with one exception this class reproduces: the tis/twas rules start with a space,
 * and the space an earlier rule leaves after its match can be that space ({@code "cannot'tis"}
 * becomes {@code " can not 't is "}). Later rules see earlier rewrites, not the reverse, so after a
 * word rule both may use it, after the tis rule only twas.
 */
final class TreebankContractions {

    /** The word rules in upstream order: first part, second part, and whether (?=\s) replaces the final \b. */
    private static final String[][] WORDS = {
        {"can", "not", ""},
        {"d", "'ye", ""},
        {"gim", "me", ""},
        {"gon", "na", ""},
        {"got", "ta", ""},
        {"lem", "me", ""},
        {"more", "'n", ""},
        {"wan", "na", "s"}
    };

    private TreebankContractions() {}

    static String apply(String s) {
        StringBuilder out = null;
        int copied = 0;
        // 0: no rewrite just ended here; 1: a word rule's did (tis and twas may use its space); 2: tis's did.
        int spaceLeft = 0;
        int i = 0;
        while (i < s.length()) {
            char c = foldForAscii(s.charAt(i));
            int end = -1;
            int split = 0;
            int kind = 0;
            if (c == ' ' || (c == '\'' && spaceLeft > 0)) {
                int at = c == ' ' ? i + 1 : i; // where "'t" starts
                if (spaceLeft < 2 || c == ' ') {
                    end = tis(s, at, "'tis");
                    kind = end >= 0 ? 2 : 0;
                }
                if (end < 0) {
                    end = tis(s, at, "'twas");
                    kind = 3;
                }
                split = at + 2;
            } else if ("cdglmw".indexOf(c) >= 0 && (i == 0 || !isWord(s.codePointBefore(i)))) {
                for (String[] w : WORDS) {
                    if (w[0].charAt(0) == c && (end = word(s, i, w[0], w[1], !w[2].isEmpty())) >= 0) {
                        split = i + w[0].length();
                        kind = 1;
                        break;
                    }
                }
            }
            if (end < 0) {
                spaceLeft = 0;
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 16);
            }
            // The tis rules consume their leading space and write it again; a borrowed one is already out.
            boolean borrowed = kind >= 2 && c != ' ';
            out.append(s, copied, i);
            if (!borrowed) {
                out.append(' ');
            }
            out.append(s, kind >= 2 && !borrowed ? i + 1 : i, split)
                    .append(' ')
                    .append(s, split, end)
                    .append(' ');
            copied = end;
            i = end;
            spaceLeft = kind == 1 ? 1 : kind == 2 ? 2 : 0;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /** End of {@code a + b} at {@code i} followed by \b (or by whitespace with {@code spaceAfter}), else -1. */
    private static int word(String s, int i, String a, String b, boolean spaceAfter) {
        int end = i + a.length() + b.length();
        if (end > s.length() || !matches(s, i, a) || !matches(s, i + a.length(), b)) {
            return -1;
        }
        boolean ok = spaceAfter
                ? end < s.length() && PyText.isSpace(s.charAt(end))
                : end == s.length() || !isWord(s.codePointAt(end));
        return ok ? end : -1;
    }

    /** End of {@code lit} ("'tis" or "'twas") at {@code at} followed by \b, else -1. */
    private static int tis(String s, int at, String lit) {
        int end = at + lit.length();
        if (end > s.length() || !matches(s, at, lit)) {
            return -1;
        }
        return end == s.length() || !isWord(s.codePointAt(end)) ? end : -1;
    }

    /** Whether {@code s} at {@code i} equals the lower-case ASCII {@code lit} under Java's case folding. */
    private static boolean matches(String s, int i, String lit) {
        for (int k = 0; k < lit.length(); k++) {
            if (foldForAscii(s.charAt(i + k)) != lit.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
