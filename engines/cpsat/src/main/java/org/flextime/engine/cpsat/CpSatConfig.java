package org.flextime.engine.cpsat;

import java.time.Duration;

/**
 * How long and how to search.
 *
 * @param timeLimit     wall-clock budget: an outer bound only; the work limits below decide a reproducible run
 * @param seed          random seed of CP-SAT and of the choice of neighbourhoods
 * @param threads       CP-SAT workers
 * @param maxIterations stop after this many neighbourhoods re-solved (0 for no cap): with it and an ample time
 *                      limit, a run is deterministic for a seed
 */
public record CpSatConfig(Duration timeLimit, long seed, int threads, long maxIterations) {

    /** Validates the budget. */
    public CpSatConfig {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (maxIterations < 0) {
            throw new IllegalArgumentException("maxIterations must be 0 (no cap) or positive, got " + maxIterations);
        }
    }

    /** A wall-clock budget only. */
    public static CpSatConfig of(Duration timeLimit, long seed, int threads) {
        return new CpSatConfig(timeLimit, seed, threads, 0);
    }
}
