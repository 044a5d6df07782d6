package io.skillstudio.evaluator.text.langdetect;

import com.cybozu.labs.langdetect.Detector;
import com.cybozu.labs.langdetect.DetectorFactory;
import com.cybozu.labs.langdetect.LangDetectException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Cybozu langdetect library with the same Python 1.0.9 profiles and seed 0: the reference that
 * {@link NaiveBayesDetector} must reproduce exactly (it was the production detector before).
 */
final class CybozuReference {

    static {
        try {
            List<String> profiles = new ArrayList<>();
            for (String lang : LangProfiles.LANGUAGES) {
                try (InputStream in = CybozuReference.class.getResourceAsStream(
                        "/io/skillstudio/evaluator/text/langdetect-profiles/" + lang)) {
                    profiles.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            DetectorFactory.clear();
            DetectorFactory.loadProfile(profiles);
            DetectorFactory.setSeed(0L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (LangDetectException e) {
            throw new IllegalStateException(e);
        }
    }

    private CybozuReference() {}

    /** "lang:prob" for each language above 0.1, most probable first; null where the library throws. */
    static List<String> ranked(String text) {
        try {
            Detector d = DetectorFactory.create();
            d.append(text);
            List<String> out = new ArrayList<>();
            d.getProbabilities().forEach(l -> out.add(l.lang + ":" + l.prob));
            return out;
        } catch (LangDetectException e) {
            return null;
        }
    }
}
