package org.flextime.contracts.api;

import java.time.Instant;

/** A schedule job as {@code GET /api/v1/jobs/{id}} shows it. */
public record JobView(String id, String state, String step, String scheduleId, String error,
                      String sport, String season, int budgetSeconds, Progress progress,
                      Instant createdAt, Instant updatedAt) {

    /** How far the engine got: time spent and the best score so far (null until the engine reports one). */
    public record Progress(long elapsedMillis, Integer bestHard, Long bestSoft) {
    }
}
