package io.skillstudio.evaluator.sandbox;

import java.time.Duration;

/**
 * Limits of one snippet run. Defaults are upstream's (§4.1: 6000 code chars, 3 s, 4000 output chars)
 * plus a 512 MiB address-space cap and a CPU-seconds cap that upstream does not have.
 */
public record SandboxLimits(int maxCodeChars, Duration timeout, int maxOutputChars, long memoryBytes) {
    public static final SandboxLimits DEFAULT = new SandboxLimits(6000, Duration.ofSeconds(3), 4000, 512L << 20);

    public SandboxLimits {
        if (maxCodeChars < 1
                || maxOutputChars < 1
                || memoryBytes < (16L << 20)
                || timeout.isNegative()
                || timeout.isZero()) {
            throw new IllegalArgumentException("sandbox limits must be positive (memory at least 16 MiB)");
        }
    }
}
