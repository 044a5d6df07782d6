package io.skillstudio.evaluator.run;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The evaluator's version for provenance, read from the build: the Maven version plus the git commit
 * the classes were built from ({@code 0.1.0-SNAPSHOT+3f2a9c1d0b7e}, {@code .dirty} when the tree had
 * uncommitted changes), so two results name the same evaluator only when the same code produced them.
 */
public final class EvaluatorVersion {

    private static final String RESOURCE = "/io/skillstudio/evaluator/evaluator-version.properties";
    private static final String VERSION = read();

    private EvaluatorVersion() {}

    public static String get() {
        return VERSION;
    }

    static String read() {
        Properties p = new Properties();
        try (InputStream in = EvaluatorVersion.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
        return format(p.getProperty("version", ""), p.getProperty("commit", ""), p.getProperty("dirty", ""));
    }

    /** Unfilled placeholders (a build without git) leave the commit out rather than print "${...}". */
    static String format(String version, String commit, String dirty) {
        String v = version.isBlank() || version.startsWith("${") ? "unknown" : version;
        if (commit.isBlank() || commit.startsWith("${")) {
            return v;
        }
        return v + "+" + commit + ("true".equals(dirty) ? ".dirty" : "");
    }
}
