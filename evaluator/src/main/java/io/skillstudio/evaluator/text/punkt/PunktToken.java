package io.skillstudio.evaluator.text.punkt;

import io.skillstudio.evaluator.python.PyText;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One word token with the annotations the two Punkt passes set. Mutable because the passes annotate
 * in place, but it never leaves the tokenizer.
 */
final class PunktToken {

    static final String NUMBER = "##number##";

    // ^-?[\.,]?\d[\d,\.-]*\.?$ with Python's Unicode \d
    private static final Pattern NUMERIC = Pattern.compile("-?[.,]?\\p{Nd}[\\p{Nd},.\\-]*\\.?");

    final String tok;
    final String type;
    final boolean periodFinal;
    boolean parastart;
    boolean linestart;
    boolean sentbreak;
    boolean abbr;
    boolean ellipsis;

    PunktToken(String tok) {
        this.tok = tok;
        String lower = tok.toLowerCase(Locale.ROOT);
        this.type = NUMERIC.matcher(lower).matches() ? NUMBER : lower;
        this.periodFinal = tok.endsWith(".");
    }

    String typeNoPeriod() {
        return type.length() > 1 && type.charAt(type.length() - 1) == '.' ? type.substring(0, type.length() - 1) : type;
    }

    String typeNoSentPeriod() {
        return sentbreak ? typeNoPeriod() : type;
    }

    boolean firstUpper() {
        return !tok.isEmpty() && Character.isUpperCase(tok.codePointAt(0));
    }

    boolean firstLower() {
        return !tok.isEmpty() && Character.isLowerCase(tok.codePointAt(0));
    }

    /** {@code \.\.+$}: the token is two or more periods. */
    boolean isEllipsis() {
        if (tok.length() < 2) {
            return false;
        }
        for (int i = 0; i < tok.length(); i++) {
            if (tok.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }

    /** {@code [^\W\d]\.$}: one non-digit word character, then a period. */
    boolean isInitial() {
        if (!tok.endsWith(".")) {
            return false;
        }
        int c = tok.codePointAt(0);
        return Character.charCount(c) + 1 == tok.length() && isAlphaChar(c);
    }

    static boolean isAlphaChar(int c) {
        return PyText.isWord(c) && !PyText.isDecimal(c);
    }
}
