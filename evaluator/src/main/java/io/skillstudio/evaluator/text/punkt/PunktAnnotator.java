package io.skillstudio.evaluator.text.punkt;

import io.skillstudio.evaluator.python.PyText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word tokenization and the two Punkt annotation passes over a short candidate context. The first
 * pass marks sentence breaks, abbreviations and ellipses by token shape; the second revises each
 * period-final token using the next token (collocations, orthographic and sentence-starter evidence).
 */
final class PunktAnnotator {

    private static final int ORTHO_MID_UC = 4;
    private static final int ORTHO_UC = 14;
    private static final int ORTHO_BEG_LC = 16;
    private static final int ORTHO_LC = 112;

    private enum Ortho {
        TRUE,
        FALSE,
        UNKNOWN
    }

    private final PunktParameters params;
    /** The first types of all collocations: most tokens are none, and then no pair key is built. */
    private final Set<String> collocationFirsts;

    PunktAnnotator(PunktParameters params) {
        this.params = params;
        Set<String> firsts = new HashSet<>();
        for (String key : params.collocations()) {
            firsts.add(key.substring(0, key.indexOf('\u0000')));
        }
        this.collocationFirsts = Set.copyOf(firsts);
    }

    /** NLTK's {@code text_contains_sentbreak}: a break followed by at least one more token. */
    boolean containsSentBreak(String context) {
        List<PunktToken> toks = tokenizeWords(context);
        for (PunktToken t : toks) {
            firstPass(t);
        }
        for (int i = 0; i < toks.size(); i++) {
            PunktToken t = toks.get(i);
            if (i + 1 < toks.size()) {
                secondPass(t, toks.get(i + 1));
                if (t.sentbreak) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<PunktToken> tokenizeWords(String text) {
        List<PunktToken> out = new ArrayList<>(4);
        boolean parastart = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (!PyText.isBlank(line)) {
                PunktWordScanner scan = new PunktWordScanner(line);
                boolean first = true;
                for (int e = scan.next(); e >= 0; e = scan.next()) {
                    PunktToken t = new PunktToken(line.substring(scan.start(), e));
                    if (first) {
                        t.parastart = parastart;
                        t.linestart = true;
                        parastart = false;
                        first = false;
                    }
                    out.add(t);
                }
            } else {
                parastart = true;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private void firstPass(PunktToken t) {
        String tok = t.tok;
        if (tok.length() == 1 && PunktLanguageVars.SENT_END_CHARS.indexOf(tok.charAt(0)) >= 0) {
            t.sentbreak = true;
        } else if (t.isEllipsis()) {
            t.ellipsis = true;
        } else if (t.periodFinal && !tok.endsWith("..")) {
            String stem = tok.substring(0, tok.length() - 1).toLowerCase(Locale.ROOT);
            String lastPart = stem.substring(stem.lastIndexOf('-') + 1);
            if (params.abbrevTypes().contains(stem) || params.abbrevTypes().contains(lastPart)) {
                t.abbr = true;
            } else {
                t.sentbreak = true;
            }
        }
    }

    private void secondPass(PunktToken t1, PunktToken t2) {
        if (!t1.periodFinal) {
            return;
        }
        String typ = t1.typeNoPeriod();
        String nextTyp = t2.typeNoSentPeriod();
        boolean initial = t1.isInitial();

        if (collocationFirsts.contains(typ) && params.isCollocation(typ, nextTyp)) {
            t1.sentbreak = false;
            t1.abbr = true;
            return;
        }
        if ((t1.abbr || t1.ellipsis) && !initial) {
            if (orthoHeuristic(t2) == Ortho.TRUE) {
                t1.sentbreak = true;
                return;
            }
            if (t2.firstUpper() && params.sentStarters().contains(nextTyp)) {
                t1.sentbreak = true;
                return;
            }
        }
        if (initial || typ.equals(PunktToken.NUMBER)) {
            Ortho starter = orthoHeuristic(t2);
            if (starter == Ortho.FALSE) {
                t1.sentbreak = false;
                t1.abbr = true;
                return;
            }
            if (starter == Ortho.UNKNOWN && initial && t2.firstUpper() && (params.ortho(nextTyp) & ORTHO_LC) == 0) {
                t1.sentbreak = false;
                t1.abbr = true;
            }
        }
    }

    private Ortho orthoHeuristic(PunktToken t) {
        // Python's `tok in ";:,.!?"` is a substring test, so ",." and "!?" also count as punctuation.
        if (";:,.!?".contains(t.tok)) {
            return Ortho.FALSE;
        }
        int ctx = params.ortho(t.typeNoSentPeriod());
        if (t.firstUpper() && (ctx & ORTHO_LC) != 0 && (ctx & ORTHO_MID_UC) == 0) {
            return Ortho.TRUE;
        }
        if (t.firstLower() && ((ctx & ORTHO_UC) != 0 || (ctx & ORTHO_BEG_LC) == 0)) {
            return Ortho.FALSE;
        }
        return Ortho.UNKNOWN;
    }
}
