package io.skillstudio.evaluator.text;

import io.skillstudio.evaluator.text.langdetect.NaiveBayesDetector;
import java.util.Optional;

/**
 * {@code langdetect.detect(text)} with Python langdetect 1.0.9's profiles, seeded with 0 so a result
 * never varies between calls. {@link NaiveBayesDetector} reproduces the Cybozu Java library (of which
 * Python's langdetect is a port) bit for bit, about 10x faster; the library stays as the reference in
 * {@code NaiveBayesDetectorTest}. Java's and Python's random streams differ, so texts split between
 * two languages can still disagree with Python (docs/ifeval.md).
 */
public final class LanguageDetection {

    private static final long SEED = 0L;

    private LanguageDetection() {}

    /**
     * Loads the language profiles (a cold start's largest single cost, ~90k n-grams) on a daemon
     * thread, so a batch that reads its files meanwhile finds them ready. Results do not change.
     */
    public static void preloadInBackground() {
        Thread t = new Thread(NaiveBayesDetector::loadProfiles, "langdetect-profiles");
        t.setDaemon(true);
        // a broken profile resource fails the first detect() the same way (NoClassDefFoundError with the cause)
        t.setUncaughtExceptionHandler((thread, e) -> {});
        t.start();
    }

    /** The detected language code, or empty where Python raises LangDetectException (no features). */
    public static Optional<String> detect(String text) {
        return Optional.ofNullable(NaiveBayesDetector.detect(text, SEED));
    }
}
