package org.flextime.engine.itc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * Outcome of a solver run: the best schedule found (least infeasibility, then least objective).
 *
 * @param games               its games
 * @param infeasibility       sum of HARD deviations, as the solver scored it
 * @param objective           sum of SOFT deviation x penalty, as the solver scored it
 * @param timeToFirstFeasible time until the first feasible schedule, empty if none was found
 * @param timeToBest          time until the returned schedule was found
 * @param evaluatedMoves      number of moves evaluated
 */
public record ItcResult(List<ScheduledMatch> games, long infeasibility, long objective,
                        Optional<Duration> timeToFirstFeasible, Duration timeToBest, long evaluatedMoves) {

    /** Defensive copy. */
    public ItcResult {
        games = List.copyOf(games);
    }

    /** True when no HARD constraint is violated. */
    public boolean feasible() {
        return infeasibility == 0;
    }
}
