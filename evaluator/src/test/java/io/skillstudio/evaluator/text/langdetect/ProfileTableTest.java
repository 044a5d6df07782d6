package io.skillstudio.evaluator.text.langdetect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled binary profile table is the JSON profiles, value for value. */
class ProfileTableTest {

    @Test
    void bundledTableEqualsTheTableBuiltFromTheJsonProfiles() {
        ProfileTable fromJson = ProfileTable.fromProfiles(ProfileReader.readBundled(ProfileTable.LANGUAGES));
        ProfileTable bundled = ProfileTable.bundled();
        assertThat(bundled.rows()).isEqualTo(fromJson.rows()).isGreaterThan(80_000);
        assertThat(bundled.keys()).isEqualTo(fromJson.keys());
        assertThat(bundled.start()).isEqualTo(fromJson.start());
        assertThat(bundled.langs()).isEqualTo(fromJson.langs());
        // bit for bit: the detector's sums must not move by one ulp
        assertThat(Arrays.stream(bundled.values())
                        .mapToLong(Double::doubleToRawLongBits)
                        .toArray())
                .isEqualTo(Arrays.stream(fromJson.values())
                        .mapToLong(Double::doubleToRawLongBits)
                        .toArray());
    }

    @Test
    void loadedVectorsEqualTheJsonCountsOverNWords() throws IOException {
        // one n-gram checked from the raw JSON: "the" in English
        ProfileReader.Profile en = ProfileReader.readBundled(List.of("en")).get(0);
        int i = Arrays.asList(en.grams()).subList(0, en.size()).indexOf("the");
        int row = LangProfiles.TABLE.row(NgramTable.key("the"));
        assertThat(LangProfiles.vector(row)[ProfileTable.LANGUAGES.indexOf("en")])
                .isEqualTo((double) en.counts()[i] / en.nWords()[2]);
    }

    @Test
    void writeAndReadRoundTrip() throws IOException {
        ProfileTable t = new ProfileTable(
                new long[] {NgramTable.key("a"), NgramTable.key("ab")},
                new int[] {0, 2, 3},
                new byte[] {0, 54, 3},
                new double[] {0.25, 1e-9, 0.5});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out);
        ProfileTable back = ProfileTable.read(out.toByteArray());
        assertThat(back.keys()).isEqualTo(t.keys());
        assertThat(back.start()).isEqualTo(t.start());
        assertThat(back.langs()).isEqualTo(t.langs());
        assertThat(back.values()).isEqualTo(t.values());
    }

    @Test
    void damagedTablesAreRejected() throws IOException {
        ProfileTable t = new ProfileTable(
                new long[] {NgramTable.key("a")}, new int[] {0, 1}, new byte[] {0}, new double[] {0.25});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out);
        byte[] bytes = out.toByteArray();
        assertThatThrownBy(() -> ProfileTable.read(Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ProfileTable.read(Arrays.copyOf(bytes, bytes.length + 1)))
                .isInstanceOf(IOException.class);
        byte[] wrongMagic = bytes.clone();
        wrongMagic[0] = 0;
        assertThatThrownBy(() -> ProfileTable.read(wrongMagic)).isInstanceOf(IOException.class);
    }
}
