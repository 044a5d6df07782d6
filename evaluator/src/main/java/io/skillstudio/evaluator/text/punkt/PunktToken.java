package io.skillstudio.evaluator.text.punkt;

import io.skillstudio.evaluator.python.PyText;
import java.util.Locale;

/**
 * One word token with the annotations the two Punkt passes set. Mutable because the passes annotate
 * in place, but it never leaves the tokenizer.
 */
final class PunktToken {

    static final String NUMBER = "##number##";

    final String tok;
    final boolean periodFinal;
    /** Computed on first use: most tokens of a candidate context never need their type. */
    private String type;

    boolean parastart;
    boolean linestart;
    boolean sentbreak;
    boolean abbr;
    boolean ellipsis;

    PunktToken(String tok) {
        this.tok = tok;
        this.periodFinal = tok.endsWith(".");
    }

    /** NLTK's type: the lower-cased token, or {@link #NUMBER} for numbers. */
    String type() {
        if (type == null) {
            type = isNumeric(tok) ? NUMBER : tok.toLowerCase(Locale.ROOT);
        }
        return type;
    }

    /**
     * {@code ^-?[\.,]?\d[\d,\.-]*\.?$} with Python's Unicode {@code \d}, tested on the token rather
     * than its lower-cased form: lower-casing changes none of the accepted characters and turns no
     * other character into one of them.
     */
    static boolean isNumeric(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i < n && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
            i++;
        }
        if (i >= n || !isDigit(s.codePointAt(i))) {
            return false;
        }
        i += Character.charCount(s.codePointAt(i));
        // [\d,.-]* already takes a final '.', so the trailing \.? adds nothing
        while (i < n) {
            int c = s.codePointAt(i);
            if (c != ',' && c != '.' && c != '-' && !isDigit(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9' || (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
    }

    String typeNoPeriod() {
        String type = type();
        return type.length() > 1 && type.charAt(type.length() - 1) == '.' ? type.substring(0, type.length() - 1) : type;
    }

    String typeNoSentPeriod() {
        return sentbreak ? typeNoPeriod() : type();
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
