package org.flextime.engine.travel;

import java.time.Duration;

/**
 * How long and how the travel optimizer searches.
 *
 * @param seed      the random seed (the same seed and move budget give the same schedule)
 * @param timeLimit the longest the search runs
 * @param maxMoves  the most moves tried (0: until the time limit); a budget of moves makes a run reproducible
 * @param softPrice dollars one point of soft-rule penalty is worth, so the optimizer never buys travel savings with
 *                  quality the product reports (0: soft rules are ignored)
 */
public record TravelOptions(long seed, Duration timeLimit, long maxMoves, double softPrice) {
    /**
     * Five seconds, seed 1, a soft point worth $50: the season engine trades a soft point for a mile, and a mile of
     * conference travel costs about $21, so at $50 the travel optimizer gives up quality only for twice its worth.
     */
    public static final TravelOptions DEFAULT = new TravelOptions(1, Duration.ofSeconds(5), 0, 50);

    /** Rejects a negative or zero budget and a negative price. */
    public TravelOptions {
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("timeLimit must be positive");
        }
        if (maxMoves < 0 || softPrice < 0) {
            throw new IllegalArgumentException("maxMoves and softPrice must not be negative");
        }
    }
}
