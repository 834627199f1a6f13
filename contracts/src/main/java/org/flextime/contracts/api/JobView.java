package org.flextime.contracts.api;

import java.time.Instant;

/**
 * A schedule job as {@code GET /api/v1/jobs/{id}} shows it; {@code constraintSet} is the set and version its draft was
 * optimized against (null until the draft is made, and when it used the sport's default set); {@code seasonVersion} the
 * version of the season its schedule is built from.
 */
public record JobView(String id, String state, String step, String scheduleId, String error,
                      String sport, String season, int budgetSeconds, Progress progress,
                      Instant createdAt, Instant updatedAt, ConstraintSetRef constraintSet, Integer seasonVersion) {

    /** A constraint set version. */
    public record ConstraintSetRef(String id, int version) {
    }

    /** How far the engine got: time spent and the best score so far (null until the engine reports one). */
    public record Progress(long elapsedMillis, Integer bestHard, Long bestSoft) {
    }
}
