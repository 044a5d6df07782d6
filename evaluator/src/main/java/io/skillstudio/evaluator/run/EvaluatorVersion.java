package io.skillstudio.evaluator.run;

/** The evaluator's version for provenance: the jar manifest's, or the source tree's when run from classes. */
public final class EvaluatorVersion {

    private static final String SOURCE_VERSION = "0.1.0-SNAPSHOT";

    private EvaluatorVersion() {}

    public static String get() {
        String v = EvaluatorVersion.class.getPackage().getImplementationVersion();
        return v == null ? SOURCE_VERSION : v;
    }
}
