package io.skillstudio.evaluator.text.langdetect;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The language profiles in the compact form the detector loads: one row per distinct 1-3-gram, in the
 * order {@link LangProfiles} creates its rows, each with its n-gram key ({@link NgramTable#key}) and the
 * non-zero probabilities by language. The build makes it from the bundled JSON profiles
 * ({@link ProfileTableBuild}, at {@code process-classes}) and bundles it next to them, because reading
 * 2.3 MB of JSON and dividing 170k counts was the largest single cost of a cold {@code ifeval} run
 * (docs/benchmarks.md); this form is read in one pass over a byte array. {@code ProfileTableTest} checks
 * the bundled file against the JSON, value for value.
 *
 * @param keys       n-gram key of each row
 * @param start      entries of row {@code r} are {@code start[r]} to {@code start[r + 1] - 1}
 * @param langs      language index (profile order) of each entry
 * @param values     probability of each entry: count / n-grams of that length in the language
 */
record ProfileTable(long[] keys, int[] start, byte[] langs, double[] values) {

    /** Language codes in profile order (index = position in every probability vector). */
    static final List<String> LANGUAGES = List.of(
            "af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "es", "et", "fa", "fi", "fr", "gu", "he",
            "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk", "ml", "mr", "ne", "nl", "no", "pa", "pl",
            "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta", "te", "th", "tl", "tr", "uk", "ur", "vi",
            "zh-cn", "zh-tw");

    static final String RESOURCE = "/io/skillstudio/evaluator/text/langdetect-profiles.bin";
    private static final int MAGIC = 0x4C445054; // "LDPT"
    private static final int VERSION = 1;

    /** Number of rows. */
    int rows() {
        return keys.length;
    }

    /** The probability vector of {@code row}: one entry per language, 0 where the language lacks the n-gram. */
    double[] vector(int row) {
        double[] v = new double[LANGUAGES.size()];
        for (int e = start[row]; e < start[row + 1]; e++) {
            v[langs[e]] = values[e];
        }
        return v;
    }

    /**
     * Builds the table from parsed JSON profiles exactly as the detector used to load them: rows are
     * created in language order, then file order; a later gram with the same key overwrites the value.
     */
    static ProfileTable fromProfiles(List<ProfileReader.Profile> profiles) {
        NgramTable table = new NgramTable(100_000);
        List<Long> keys = new ArrayList<>();
        List<double[]> vectors = new ArrayList<>();
        for (int lang = 0; lang < profiles.size(); lang++) {
            ProfileReader.Profile profile = profiles.get(lang);
            for (int i = 0; i < profile.size(); i++) {
                String gram = profile.grams()[i];
                int n = gram.length();
                // Longer keys never match a text n-gram (at most three units), so they are left out.
                if (n >= 1 && n <= 3) {
                    long key = NgramTable.key(gram);
                    int row = table.rowOrCreate(key);
                    if (row == vectors.size()) {
                        keys.add(key);
                        vectors.add(new double[profiles.size()]);
                    }
                    vectors.get(row)[lang] = (double) profile.counts()[i] / profile.nWords()[n - 1];
                }
            }
        }
        int rows = vectors.size();
        int[] start = new int[rows + 1];
        int entries = 0;
        for (int r = 0; r < rows; r++) {
            for (double v : vectors.get(r)) {
                entries += v != 0 ? 1 : 0;
            }
            start[r + 1] = entries;
        }
        byte[] langs = new byte[entries];
        double[] values = new double[entries];
        int e = 0;
        for (int r = 0; r < rows; r++) {
            double[] vector = vectors.get(r);
            for (int lang = 0; lang < vector.length; lang++) {
                if (vector[lang] != 0) {
                    langs[e] = (byte) lang;
                    values[e++] = vector[lang];
                }
            }
        }
        return new ProfileTable(keys.stream().mapToLong(Long::longValue).toArray(), start, langs, values);
    }

    /** Writes the binary form: magic, version, row and entry counts, then per row its key and entries. */
    void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeInt(keys.length);
        d.writeInt(values.length);
        for (int r = 0; r < keys.length; r++) {
            d.writeLong(keys[r]);
            d.writeByte(start[r + 1] - start[r]);
            for (int e = start[r]; e < start[r + 1]; e++) {
                d.writeByte(langs[e]);
                d.writeDouble(values[e]);
            }
        }
        d.flush();
    }

    /** Reads {@link #write}'s form; anything else (wrong magic or version, truncated) throws. */
    static ProfileTable read(byte[] bytes) throws IOException {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            if (b.getInt() != MAGIC || b.getInt() != VERSION) {
                throw new IOException("not a langdetect profile table (version " + VERSION + ")");
            }
            int rows = b.getInt();
            int entries = b.getInt();
            long[] keys = new long[rows];
            int[] start = new int[rows + 1];
            byte[] langs = new byte[entries];
            double[] values = new double[entries];
            int e = 0;
            for (int r = 0; r < rows; r++) {
                keys[r] = b.getLong();
                int m = b.get() & 0xFF;
                for (int k = 0; k < m; k++, e++) {
                    langs[e] = b.get();
                    values[e] = b.getDouble();
                }
                start[r + 1] = e;
            }
            if (b.hasRemaining() || e != entries) {
                throw new IOException("langdetect profile table: trailing or missing data");
            }
            return new ProfileTable(keys, start, langs, values);
        } catch (BufferUnderflowException | IndexOutOfBoundsException ex) {
            throw new IOException("langdetect profile table truncated", ex);
        }
    }

    /** The table the build bundled. Its absence or damage is a broken build and throws. */
    static ProfileTable bundled() {
        try (InputStream in = ProfileTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("langdetect profile table missing: " + RESOURCE
                        + " (made by the build at process-classes: ProfileTableBuild)");
            }
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
