package io.skillstudio.evaluator.text;

import com.cybozu.labs.langdetect.Detector;
import com.cybozu.labs.langdetect.DetectorFactory;
import com.cybozu.labs.langdetect.LangDetectException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code langdetect.detect(text)} through the original Cybozu Java library, of which Python's
 * langdetect is a port, running Python langdetect 1.0.9's profiles. Seeded with 0 so a result never varies between calls;
 * Java's and Python's random streams still differ, so texts split between two languages can disagree.
 * The library keeps its profiles in static state; they are loaded once here and never changed.
 */
public final class LanguageDetection {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageDetection.class);

    /**
     * Python langdetect 1.0.9's 55 profiles, bundled as resources (see langdetect-profiles/NOTICE.txt):
     * the jar's own 53 lack ca and cy and carry an older ko.
     */
    static final List<String> LANGUAGES = List.of("af", "ar", "bg", "bn", "ca", "cs", "cy", "da", "de", "el", "en", "es",
            "et", "fa", "fi", "fr", "gu", "he", "hi", "hr", "hu", "id", "it", "ja", "kn", "ko", "lt", "lv", "mk",
            "ml", "mr", "ne", "nl", "no", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "so", "sq", "sv", "sw", "ta",
            "te", "th", "tl", "tr", "uk", "ur", "vi", "zh-cn", "zh-tw");

    private LanguageDetection() {}

    /** The detected language code, or empty where Python raises LangDetectException. */
    public static Optional<String> detect(String text) {
        Holder.ensureLoaded();
        try {
            Detector d = DetectorFactory.create();
            d.append(text);
            return Optional.of(d.detect());
        } catch (LangDetectException e) {
            return Optional.empty();
        }
    }

    private static final class Holder {
        static {
            try {
                List<String> profiles = new ArrayList<>();
                for (String lang : LANGUAGES) {
                    try (InputStream in = LanguageDetection.class.getResourceAsStream("langdetect-profiles/" + lang)) {
                        if (in == null) {
                            throw new IllegalStateException("langdetect profile missing: " + lang);
                        }
                        profiles.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                DetectorFactory.clear();
                DetectorFactory.loadProfile(profiles);
                DetectorFactory.setSeed(0L);
                LOG.debug("loaded {} langdetect profiles", profiles.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (LangDetectException e) {
                throw new IllegalStateException("cannot load langdetect profiles", e);
            }
        }

        static void ensureLoaded() {
            // class initialization above runs exactly once, thread safe by the JVM's rules
        }
    }
}
