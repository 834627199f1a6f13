package org.flextime.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * One version in {@code GET /api/v1/schedules/{id}/versions}: who made it, when, why, the games it changed from the
 * version before, and the older version it restored (an undo) if any.
 */
public record VersionSummary(int version, String actor, Instant createdAt, String reason, Integer restored,
                             List<String> changedGames) {
}
