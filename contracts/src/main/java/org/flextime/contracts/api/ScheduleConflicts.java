package org.flextime.contracts.api;

import java.util.List;

/**
 * {@code GET /api/v1/schedules/{id}/conflicts?severity=&state=}: the schedule's conflicts and the latest version
 * detection has run on ({@code null}: none yet), so a reader knows whether they describe the current version.
 */
public record ScheduleConflicts(String scheduleId, Integer detectedVersion, List<ConflictView> conflicts) {
}
