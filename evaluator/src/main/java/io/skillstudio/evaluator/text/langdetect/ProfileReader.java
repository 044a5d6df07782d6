package io.skillstudio.evaluator.text.langdetect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Reads the bundled langdetect profiles (text/langdetect-profiles, 2.3 MB of JSON). The 55 files are
 * parsed in parallel: at a cold start this is the largest single cost of the first language
 * detection. Kept apart from {@link LangProfiles} on purpose: the worker threads run code of this
 * class only, so they never wait on {@code LangProfiles}' static initializer that started them.
 */
final class ProfileReader {

    private static final String FOLDER = "/io/skillstudio/evaluator/text/langdetect-profiles/";

    /**
     * The gram keys are all distinct, so Jackson's field-name canonicalization (a symbol table it
     * would grow to ~90k entries and intern) only costs time here.
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private ProfileReader() {}

    /** One profile as read: its n-grams with their counts, and the number of n-grams per length. */
    record Profile(String[] grams, long[] counts, int size, long[] nWords) {}

    /** The bundled profiles of {@code languages}, in the same order. A missing or broken one throws. */
    static List<Profile> readBundled(List<String> languages) {
        return IntStream.range(0, languages.size())
                .parallel()
                .mapToObj(i -> readBundled(languages.get(i)))
                .toList();
    }

    private static Profile readBundled(String language) {
        String name = FOLDER + language;
        try (InputStream in = ProfileReader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("langdetect profile missing: " + name);
            }
            try (JsonParser p = JSON.createParser(in)) {
                return read(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /**
     * Reads {@code {"freq": {gram: count}, "n_words": [n1, n2, n3], "name": ...}} in any key order.
     * Anything else (not an object, a non-integer count, an {@code n_words} that is not three
     * integers, none at all, truncated JSON) is an IOException: a broken resource must not load.
     */
    static Profile read(JsonParser p) throws IOException {
        String[] grams = new String[0];
        long[] counts = new long[0];
        int size = 0;
        long[] nWords = null;
        expect(p.nextToken(), JsonToken.START_OBJECT, p);
        JsonToken field;
        while ((field = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (name.equals("freq")) {
                expect(t, JsonToken.START_OBJECT, p);
                JsonToken k;
                while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                    // The Java library's JSON reader drops U+FEFF (lv has the 1-gram "\uFEFF", which
                    // becomes an empty, never matched key there); do the same so results stay equal.
                    String gram = p.currentName().replace("\uFEFF", "");
                    expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT, p);
                    if (size == grams.length) {
                        grams = Arrays.copyOf(grams, Math.max(1024, size * 2));
                        counts = Arrays.copyOf(counts, grams.length);
                    }
                    grams[size] = gram;
                    counts[size++] = p.getLongValue();
                }
                expect(k, JsonToken.END_OBJECT, p);
            } else if (name.equals("n_words")) {
                expect(t, JsonToken.START_ARRAY, p);
                nWords = new long[3];
                for (int i = 0; i < 3; i++) {
                    expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT, p);
                    nWords[i] = p.getLongValue();
                }
                expect(p.nextToken(), JsonToken.END_ARRAY, p);
            } else {
                p.skipChildren();
            }
        }
        expect(field, JsonToken.END_OBJECT, p);
        if (nWords == null) {
            throw new IOException("profile without n_words");
        }
        return new Profile(grams, counts, size, nWords);
    }

    private static void expect(JsonToken actual, JsonToken wanted, JsonParser p) throws IOException {
        if (actual != wanted) {
            throw new IOException("malformed profile at " + p.currentLocation() + ": " + actual);
        }
    }
}
