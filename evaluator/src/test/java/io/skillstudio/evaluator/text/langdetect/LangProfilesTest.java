package io.skillstudio.evaluator.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LangProfilesTest {

    private static ProfileReader.Profile read(String json) throws IOException {
        return ProfileReader.read(new JsonFactory().createParser(json));
    }

    @Test
    void readsAProfileInAnyKeyOrder() throws IOException {
        ProfileReader.Profile p =
                read("{\"name\": \"xx\", \"n_words\": [10, 20, 30], \"freq\": {\"a\": 3, \"\\ufeff\": 1, \"ab\": 2}}");
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.grams()[0]).isEqualTo("a");
        assertThat(p.grams()[1]).isEmpty(); // U+FEFF dropped, as the Java library's reader does
        assertThat(p.counts()[2]).isEqualTo(2);
        assertThat(p.nWords()).containsExactly(10, 20, 30);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[]",
                "{",
                "{\"freq\": {}}",
                "{\"freq\": {\"a\": \"3\"}, \"n_words\": [1, 2, 3]}",
                "{\"freq\": {\"a\": 1.5}, \"n_words\": [1, 2, 3]}",
                "{\"freq\": [], \"n_words\": [1, 2, 3]}",
                "{\"freq\": {}, \"n_words\": [1, 2]}",
                "{\"freq\": {}, \"n_words\": [1, 2, 3, 4]}",
                "{\"freq\": {}, \"n_words\": {\"a\": 1}}",
                "{\"freq\": {\"a\": 1}, \"n_words\": [1, 2, 3]"
            })
    void malformedProfilesAreRejected(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(IOException.class);
    }

    @Test
    void bundledProfilesLoad() {
        assertThat(LangProfiles.LANGUAGES).hasSize(55);
        assertThat(LangProfiles.rows()).isGreaterThan(80_000);
        assertThat(LangProfiles.UNIGRAMS['e']).isGreaterThanOrEqualTo(0);
        assertThat(
                        LangProfiles.ASCII_ROWS[
                                LangProfiles.ASCII_BIGRAMS
                                        + (LangProfiles.asciiCode('t') * 53 + LangProfiles.asciiCode('h')) * 53
                                        + LangProfiles.asciiCode('e')])
                .isGreaterThanOrEqualTo(0);
    }
}
