package org.flextime.contracts.api;

import java.time.Instant;

/** A schedule as {@code GET /api/v1/schedules} lists it: what it is, where it stands, and the job that made it. */
public record ScheduleListItem(String id, String sport, String season, String state, int games, String jobId,
                               Instant createdAt, Instant updatedAt) {
}
