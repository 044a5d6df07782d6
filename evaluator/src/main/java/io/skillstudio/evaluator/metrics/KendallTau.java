package io.skillstudio.evaluator.metrics;

import java.util.OptionalDouble;

/** Kendall's tau-b, which corrects for ties on either side (expected scores are often coarse). */
public final class KendallTau {

    private KendallTau() {}

    /** Empty when fewer than two pairs or when either side is constant (tau-b is undefined then). */
    public static OptionalDouble tauB(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        long concordant = 0;
        long discordant = 0;
        long tiesX = 0;
        long tiesY = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                int dx = Double.compare(x[i], x[j]);
                int dy = Double.compare(y[i], y[j]);
                if (dx == 0 && dy == 0) {
                    tiesX++;
                    tiesY++;
                } else if (dx == 0) {
                    tiesX++;
                } else if (dy == 0) {
                    tiesY++;
                } else if (dx == dy) {
                    concordant++;
                } else {
                    discordant++;
                }
            }
        }
        long n0 = (long) x.length * (x.length - 1) / 2;
        double denominator = Math.sqrt((double) (n0 - tiesX) * (n0 - tiesY));
        if (x.length < 2 || denominator == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((concordant - discordant) / denominator);
    }
}
