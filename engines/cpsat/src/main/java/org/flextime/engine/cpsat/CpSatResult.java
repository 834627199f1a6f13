package org.flextime.engine.cpsat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.flextime.rules.robinx.ScheduledMatch;

/**
 * Outcome of a run: the best schedule found (least infeasibility, then least objective, both as the ITC2021
 * evaluator scores them), or, when the HARD rules provably cannot all hold, the rules that conflict and no games.
 *
 * @param games               the best schedule's games (empty when there is a conflict)
 * @param infeasibility       its summed HARD deviation
 * @param objective           its summed SOFT deviation x penalty
 * @param timeToFirstFeasible time until the first feasible schedule, empty if none was found
 * @param timeToBest          time until the returned schedule was found
 * @param iterations          neighbourhoods re-solved
 * @param conflict            the conflicting HARD rules when they cannot all hold
 */
public record CpSatResult(List<ScheduledMatch> games, long infeasibility, long objective,
                          Optional<Duration> timeToFirstFeasible, Duration timeToBest, long iterations,
                          Optional<RuleConflict> conflict) {

    /** Defensive copy. */
    public CpSatResult {
        games = List.copyOf(games);
    }

    /** True when a schedule was found that violates no HARD rule. */
    public boolean feasible() {
        return conflict.isEmpty() && infeasibility == 0;
    }
}
