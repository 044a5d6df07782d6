package io.skillstudio.evaluator.sample;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * CPython's {@code random.Random(str)} (Mersenne Twister, version-2 string seeding) as far as
 * {@code randrange(n)} needs it, so candidate positions match upstream's
 * {@code Random(f"{seed}:{id}").randrange(4)} exactly (skillrm-format.md §3.5). Deterministic by design.
 */
final class PyRandom {
    private static final int N = 624;
    private static final int M = 397;
    private final int[] mt = new int[N];
    private int mti;

    PyRandom(String seed) {
        byte[] text = seed.getBytes(StandardCharsets.UTF_8);
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-512").digest(text);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] all = new byte[text.length + digest.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(digest, 0, all, text.length, digest.length);
        initByArray(words(new BigInteger(1, all)));
    }

    /** {@code randrange(n)} for 1 <= n: rejection sampling on {@code getrandbits(n.bit_length())}. */
    int randrange(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("empty range");
        }
        int k = 32 - Integer.numberOfLeadingZeros(n);
        int r = next() >>> (32 - k);
        while (r >= n) {
            r = next() >>> (32 - k);
        }
        return r;
    }

    /** The 32-bit words of {@code a}, least significant first, as CPython's {@code random_seed} builds its key. */
    private static int[] words(BigInteger a) {
        int n = Math.max(1, (a.bitLength() + 31) / 32);
        int[] key = new int[n];
        for (int i = 0; i < n; i++) {
            key[i] = a.shiftRight(32 * i).intValue();
        }
        return key;
    }

    private void initGenrand(int s) {
        mt[0] = s;
        for (mti = 1; mti < N; mti++) {
            mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
        }
    }

    private void initByArray(int[] key) {
        initGenrand(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000;
        mti = N;
    }

    private int next() {
        if (mti >= N) {
            for (int kk = 0; kk < N; kk++) {
                int y = (mt[kk] & 0x80000000) | (mt[(kk + 1) % N] & 0x7fffffff);
                mt[kk] = mt[(kk + M) % N] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
            }
            mti = 0;
        }
        int y = mt[mti++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }
}
