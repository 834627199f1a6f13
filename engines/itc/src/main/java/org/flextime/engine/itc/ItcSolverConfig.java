package org.flextime.engine.itc;

import java.time.Duration;

/**
 * How long and how to search.
 *
 * @param timeLimit wall-clock budget
 * @param seed      random seed; with a move cap and an ample time limit a run is reproducible
 * @param maxMoves  deterministic budget: stop after this many evaluated moves (0 for no cap); the cooling
 *                  schedule then follows the move count instead of the clock
 */
public record ItcSolverConfig(Duration timeLimit, long seed, long maxMoves) {

    /** Validates the budget. */
    public ItcSolverConfig {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
        if (maxMoves < 0) {
            throw new IllegalArgumentException("maxMoves must be 0 (no cap) or positive, got " + maxMoves);
        }
    }

    /** A wall-clock budget only. */
    public static ItcSolverConfig of(Duration timeLimit, long seed) {
        return new ItcSolverConfig(timeLimit, seed, 0);
    }
}
