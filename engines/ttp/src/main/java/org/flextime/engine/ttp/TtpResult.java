package org.flextime.engine.ttp;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Outcome of a solver run.
 *
 * @param games              best schedule found (the best feasible one if any, else the least infeasible)
 * @param distance           its total travel distance
 * @param feasible           whether it satisfies every rule
 * @param timeToFirstFeasible time from start until the first feasible schedule, empty if none was found
 * @param timeToBest          time from start until the returned schedule was found
 * @param evaluatedMoves     number of moves evaluated over all threads
 */
public record TtpResult(List<TtpGame> games, long distance, boolean feasible, Optional<Duration> timeToFirstFeasible,
                        Duration timeToBest, long evaluatedMoves) {

    /** Defensive copy. */
    public TtpResult {
        games = List.copyOf(games);
    }
}
