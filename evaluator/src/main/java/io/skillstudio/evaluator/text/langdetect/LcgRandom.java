package io.skillstudio.evaluator.text.langdetect;

import java.util.Random;

/**
 * {@link Random} with its documented generator (the 48-bit linear congruential formula of
 * {@code Random.next(int)}) kept in a plain field instead of an AtomicLong. {@code nextInt(bound)}
 * and {@code nextGaussian()} are Random's own and build on {@link #next}, so every draw is the one
 * {@code new Random(seed)} gives; one detector owns one instance on one thread, so the atomic
 * update (a locked instruction per draw, thousands per text) buys nothing. NaiveBayesDetectorTest
 * checks the draws against java.util.Random.
 */
final class LcgRandom extends Random {

    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;

    private long state;

    LcgRandom(long seed) {
        super(0L);
        state = (seed ^ MULTIPLIER) & MASK; // Random's initial scramble
    }

    @Override
    protected int next(int bits) {
        state = (state * MULTIPLIER + ADDEND) & MASK;
        return (int) (state >>> (48 - bits));
    }

    @Override
    public synchronized void setSeed(long seed) {
        // Random's constructor calls this before our field exists; afterwards it reseeds as Random does.
        super.setSeed(seed);
        state = (seed ^ MULTIPLIER) & MASK;
    }
}
