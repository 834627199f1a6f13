package org.flextime.engine.ttp;

import java.time.Duration;
import java.util.Optional;

/**
 * The best schedule found so far, shared by the search threads of one run; all access is synchronized because
 * improvements are rare compared with moves.
 */
final class BestSchedule {

    private final long startNanos;
    private final TtpState best;
    private boolean feasibleFound;
    private boolean anyFound;
    private long firstFeasibleNanos = -1;
    private long bestNanos;

    BestSchedule(TtpInstance instance, long startNanos) {
        this.startNanos = startNanos;
        this.best = new TtpState(instance);
    }

    /** Offers a schedule; keeps it if it is the first, the first feasible, or a shorter feasible one. */
    synchronized boolean offer(TtpState candidate) {
        boolean feasible = candidate.viol == 0;
        boolean better = !anyFound
                || (feasible && (!feasibleFound || candidate.dist < best.dist))
                || (!feasibleFound && !feasible && candidate.viol < best.viol);
        if (!better) {
            return false;
        }
        long now = System.nanoTime() - startNanos;
        if (feasible && !feasibleFound) {
            firstFeasibleNanos = now;
        }
        best.copyFrom(candidate);
        anyFound = true;
        feasibleFound |= feasible;
        bestNanos = now;
        return true;
    }

    /** Feasible distance to beat, or Long.MAX_VALUE while nothing feasible is known. */
    synchronized long feasibleDistance() {
        return feasibleFound ? best.dist : Long.MAX_VALUE;
    }

    /** Copies the best schedule into the given state. */
    synchronized void copyInto(TtpState target) {
        target.copyFrom(best);
    }

    /** Builds the run's result. */
    synchronized TtpResult result(long evaluatedMoves) {
        return new TtpResult(best.games(), best.dist, best.viol == 0,
                firstFeasibleNanos < 0 ? Optional.empty()
                        : Optional.of(Duration.ofNanos(firstFeasibleNanos)),
                Duration.ofNanos(bestNanos), evaluatedMoves);
    }
}
