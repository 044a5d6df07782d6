package io.skillstudio.evaluator.text.punkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written number test against the regex it replaced (NLTK's {@code _re_non_punct}-free number rule). */
class PunktTokenTest {

    private static final Pattern NUMERIC = Pattern.compile("-?[.,]?\\p{Nd}[\\p{Nd},.\\-]*\\.?");
    private static final String ALPHABET = "-.,09a\u0661\u00b2\u0130 \ud835\udfce";

    @Test
    void numericAgreesWithTheRegexOnRandomTokens() {
        Random r = new Random(9);
        for (int round = 0; round < 100_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(7); i > 0; i--) {
                b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
            }
            String tok = b.toString();
            boolean expected = NUMERIC.matcher(tok.toLowerCase(Locale.ROOT)).matches();
            assertThat(PunktToken.isNumeric(tok)).as(tok).isEqualTo(expected);
            assertThat(new PunktToken(tok).type())
                    .isEqualTo(expected ? PunktToken.NUMBER : tok.toLowerCase(Locale.ROOT));
        }
    }

    @Test
    void malformedTokens() {
        assertThat(PunktToken.isNumeric("")).isFalse();
        assertThat(PunktToken.isNumeric("-")).isFalse();
        assertThat(PunktToken.isNumeric("-.")).isFalse();
        assertThat(PunktToken.isNumeric("-.5")).isTrue();
        assertThat(PunktToken.isNumeric("1,000.00.")).isTrue();
        assertThat(PunktToken.isNumeric("1a")).isFalse();
    }
}
