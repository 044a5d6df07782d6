package io.skillstudio.evaluator.constraints;

import io.skillstudio.evaluator.python.PyText;

/**
 * {@code mostly_language_script}: shares of Latin, CJK, digit and other characters among the
 * non-space characters that are not ASCII punctuation. Classification order follows upstream: digit
 * first ({@code isdigit}, so ² counts), then a Unicode 14 name containing LATIN, then the CJK blocks.
 */
final class ScriptMix {

    private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    /** Fractions of the counted characters; all zero when nothing was counted. */
    record Shares(double latin, double cjk, double digit, double other) {}

    private ScriptMix() {}

    static Shares of(String t) {
        int latin = 0;
        int cjk = 0;
        int digit = 0;
        int other = 0;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            if (PyText.isSpace(cp) || (cp < 128 && ASCII_PUNCTUATION.indexOf(cp) >= 0)) {
                continue;
            }
            if (PyText.isDigit(cp)) {
                digit++;
            } else if (PyText.hasLatinName(cp)) {
                latin++;
            } else if ((cp >= 0x4E00 && cp <= 0x9FFF)
                    || (cp >= 0x3040 && cp <= 0x30FF)
                    || (cp >= 0xAC00 && cp <= 0xD7AF)) {
                cjk++;
            } else {
                other++;
            }
        }
        int total = latin + cjk + digit + other;
        if (total == 0) {
            return new Shares(0.0, 0.0, 0.0, 0.0);
        }
        double n = total;
        return new Shares(latin / n, cjk / n, digit / n, other / n);
    }
}
