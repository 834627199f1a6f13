package org.flextime.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * A schedule job as {@code GET /api/v1/jobs/{id}} shows it; {@code constraintSet} is the set and version its draft was
 * optimized against (null until the draft is made, and when it used the sport's default set); {@code seasonVersion} the
 * version of the season its schedule is built from (null for an imported RobinX instance); {@code engine} and
 * {@code reason} say which engine the problem went to and why; {@code teams} the subset of the sport's teams it
 * schedules (null: all); {@code skippedSteps} the saga steps that do not apply to its problem, each with the reason.
 */
public record JobView(String id, String state, String step, String scheduleId, String error,
                      String sport, String season, int budgetSeconds, Progress progress,
                      Instant createdAt, Instant updatedAt, ConstraintSetRef constraintSet, Integer seasonVersion,
                      String engine, String reason, List<String> teams, List<SkippedStep> skippedSteps) {

    /** A constraint set version. */
    public record ConstraintSetRef(String id, int version) {
    }

    /** How far the engine got: time spent and the best score so far (null until the engine reports one). */
    public record Progress(long elapsedMillis, Integer bestHard, Long bestSoft) {
    }

    /** A saga step this job's problem skips, and why. */
    public record SkippedStep(String step, String reason) {
    }
}
