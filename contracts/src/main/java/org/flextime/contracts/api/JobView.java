package org.flextime.contracts.api;

import java.time.Instant;

/** A schedule job as {@code GET /api/v1/jobs/{id}} shows it. */
public record JobView(String id, String state, String step, String scheduleId, String error,
                      String sport, String season, Instant createdAt, Instant updatedAt) {
}
