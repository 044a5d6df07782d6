package io.skillstudio.evaluator.text;

import io.skillstudio.evaluator.python.PyText;

/**
 * NLTK 3.8's {@code NLTKWordTokenizer} substitutions written out by hand. Each method is one of the
 * upstream {@code re.sub} rules with its exact semantics (leftmost, non-overlapping matches; a match
 * consumes its context characters, so they cannot start the next match) and returns its input
 * unchanged, without copying, when nothing matches. Regexes cost ~1 ms per response here, mostly
 * in the lookaround word boundaries; these scans cost a few microseconds.
 */
final class TreebankRules {

    private TreebankRules() {}

    /** Python {@code \w} as the Treebank rules spell it ({@link PyText#W}: letters, Nd, Nl, No, underscore). */
    static boolean isWord(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        int t = Character.getType(cp);
        return Character.isLetter(cp)
                || t == Character.DECIMAL_DIGIT_NUMBER
                || t == Character.LETTER_NUMBER
                || t == Character.OTHER_NUMBER;
    }

    static char fold(char c) {
        return JavaCaseFold.fold(c);
    }

    static char foldForAscii(char c) {
        return JavaCaseFold.foldForAscii(c);
    }

    static boolean foldsToAscii(char c) {
        return JavaCaseFold.foldsToAscii(c);
    }

    /** {@code [set]} → {@code " \g<0> "}: every char of {@code set} gets a space on each side. */
    static String spaceAround(String s, String set) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (set.indexOf(c) >= 0) {
                out = start(out, s, i);
                out.append(' ').append(c).append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Non-overlapping occurrences of {@code lit}, left to right, replaced by {@code replacement}. */
    static String replaceLiteral(String s, String lit, String replacement) {
        int at = s.indexOf(lit);
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        int copied = 0;
        for (; at >= 0; at = s.indexOf(lit, at + lit.length())) {
            out.append(s, copied, at).append(replacement);
            copied = at + lit.length();
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** {@code ([«“‘„]|`+)} → {@code " \1 "}: the quote chars singly, backticks as whole runs. */
    static String openingQuotes(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '`') {
                int end = i;
                while (end < s.length() && s.charAt(end) == '`') {
                    end++;
                }
                out = start(out, s, i);
                out.append(' ').append(s, i, end).append(' ');
                i = end - 1;
            } else if (c == '«' || c == '“' || c == '‘' || c == '„') {
                out = start(out, s, i);
                out.append(' ').append(c).append(' ');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** {@code ([ (\[{<])(\"|\'{2})} → {@code "\1 `` "}. */
    static String quoteAfterOpener(String s) {
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int quote = 0;
            if (" ([{<".indexOf(c) >= 0 && i + 1 < s.length()) {
                if (s.charAt(i + 1) == '"') {
                    quote = 1;
                } else if (s.startsWith("''", i + 1)) {
                    quote = 2;
                }
            }
            if (quote > 0) {
                out = start(out, s, i);
                out.append(c).append(" `` ");
                i += 1 + quote;
            } else {
                if (out != null) {
                    out.append(c);
                }
                i++;
            }
        }
        return out == null ? s : out.toString();
    }

    /**
     * {@code (?i)(')(?!re|ve|ll|m|t|s|d|n)(\w)\b} → {@code "\1 \2"}: a quote before a one-letter word
     * gets a space after it, unless the letter is one of the clitics m t s d n ("re", "ve", "ll" cannot
     * occur: the word is one character long).
     */
    static String quoteBeforeSingleLetter(String s) {
        StringBuilder out = null;
        int copied = 0;
        for (int i = s.indexOf('\''); i >= 0 && i + 1 < s.length(); i = s.indexOf('\'', i + 1)) {
            int cp = s.codePointAt(i + 1);
            int after = i + 1 + Character.charCount(cp);
            if (!isWord(cp) || (after < s.length() && isWord(s.codePointAt(after)))) {
                continue;
            }
            if (cp < 0x10000 && "mtsdn".indexOf(fold((char) cp)) >= 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length() + 8);
            }
            out.append(s, copied, i + 1).append(' ');
            copied = i + 1;
        }
        return out == null ? s : out.append(s, copied, s.length()).toString();
    }

    /**
     * The final-period rules: {@code ([^.])(\.)([closers]*)\s*$}. Only the last period can match (a
     * period is neither a closer nor whitespace); it must not follow another period, and what follows
     * it must be closers then whitespace to the end. With {@code spaced} (closers include the space
     * and » ” ’) the replacement is {@code "\1 \2 \3 "}, else {@code "\1 \2\3 "}.
     */
    static String finalPeriod(String s, boolean spaced) {
        String closers = spaced ? "])}>\"'»”’ " : "])}>\"'";
        int q = s.lastIndexOf('.');
        if (q < 1 || s.charAt(q - 1) == '.') {
            return s;
        }
        int end = q + 1;
        while (end < s.length() && closers.indexOf(s.charAt(end)) >= 0) {
            end++;
        }
        for (int k = end; k < s.length(); k++) {
            if (!PyText.isSpace(s.charAt(k))) {
                return s;
            }
        }
        StringBuilder out = new StringBuilder(s.length() + 4).append(s, 0, q).append(" .");
        if (spaced) {
            out.append(' ');
        }
        return out.append(s, q + 1, end).append(' ').toString();
    }

    /** {@code ([:,])([^\d])} → {@code " \1 \2"}; the following character is consumed. */
    static String colonComma(String s) {
        StringBuilder out = null;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c == ':' || c == ',') && i + 1 < s.length()) {
                int cp = s.codePointAt(i + 1);
                if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                    out = start(out, s, i);
                    out.append(' ').append(c).append(' ').appendCodePoint(cp);
                    i += 1 + Character.charCount(cp);
                    continue;
                }
            }
            if (out != null) {
                out.append(c);
            }
            i++;
        }
        return out == null ? s : out.toString();
    }

    /** {@code ([:,])$} → {@code " \1 "}; {@code $} also matches before a final newline. */
    static String finalColonComma(String s) {
        int n = s.length();
        int at = -1;
        if (n >= 2 && s.charAt(n - 1) == '\n' && isColonComma(s.charAt(n - 2))) {
            at = n - 2;
        } else if (n >= 1 && isColonComma(s.charAt(n - 1))) {
            at = n - 1;
        }
        if (at < 0) {
            return s;
        }
        return s.substring(0, at) + " " + s.charAt(at) + " " + s.substring(at + 1);
    }

    private static boolean isColonComma(char c) {
        return c == ':' || c == ',';
    }

    /** {@code \.{2,}} → {@code " \g<0> "}. */
    static String ellipses(String s) {
        int at = s.indexOf("..");
        if (at < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 8).append(s, 0, at);
        int i = at;
        while (i < s.length()) {
            if (s.startsWith("..", i)) {
                int end = i;
                while (end < s.length() && s.charAt(end) == '.') {
                    end++;
                }
                out.append(' ').append(s, i, end).append(' ');
                i = end;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    /** The builder for a changed string, holding {@code s[0, i)} on first use. */
    static StringBuilder start(StringBuilder out, String s, int i) {
        return out != null ? out : new StringBuilder(s.length() + 16).append(s, 0, i);
    }
}
