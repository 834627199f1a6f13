package org.flextime.contracts.api;

import java.time.Instant;

/**
 * A schedule as {@code GET /api/v1/schedules} lists it: what it is, where it stands ({@code state} the generation's,
 * {@code status} the editorial one: draft, review, published), its current version, and the job that made it.
 */
public record ScheduleListItem(String id, String sport, String season, String state, int games, String jobId,
                               Instant createdAt, Instant updatedAt, String status, int version) {
}
