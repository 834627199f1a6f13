package org.flextime.engine.ttp;

import java.time.Duration;

/**
 * How long and how to search.
 *
 * @param timeLimit wall-clock budget
 * @param seed      base random seed; thread k uses seed + k, so a run is reproducible per thread
 * @param threads   number of search threads (each an independent annealer sharing the best schedule)
 * @param moves     most moves each annealing thread evaluates (0: no cap); with one thread on up to 8 teams, a budget
 *                  far longer than the run and a fixed seed, the run is reproducible
 */
public record TtpSolverConfig(Duration timeLimit, long seed, int threads, long moves) {

    /** No move cap. */
    public TtpSolverConfig(Duration timeLimit, long seed, int threads) {
        this(timeLimit, seed, threads, 0);
    }

    /** Validates the budget and thread count. */
    public TtpSolverConfig {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (moves < 0) {
            throw new IllegalArgumentException("moves must not be negative, got " + moves);
        }
    }
}
