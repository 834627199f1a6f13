package org.flextime.contracts.api;

import java.util.List;

/** {@code GET /api/v1/schedules/{id}/versions}: the current version, the editorial status and every version, oldest first. */
public record ScheduleVersions(String scheduleId, int current, String status, List<VersionSummary> versions) {
}
