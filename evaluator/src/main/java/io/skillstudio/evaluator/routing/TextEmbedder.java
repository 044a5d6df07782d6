package io.skillstudio.evaluator.routing;

/** Turns text into a unit-comparable vector; the in-process MiniLM model in production, a fake in tests. */
public interface TextEmbedder {

    float[] embed(String text);

    /** Cosine similarity of two vectors of the same length. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
