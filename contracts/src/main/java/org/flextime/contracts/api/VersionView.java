package org.flextime.contracts.api;

import java.time.Instant;
import java.util.List;

/** One version of a schedule with its games in date order: {@code GET /api/v1/schedules/{id}/versions/{v}} and every edit's answer. */
public record VersionView(String scheduleId, int version, String status, String actor, Instant createdAt, String reason,
                          Integer restored, List<VersionGame> games) {
}
