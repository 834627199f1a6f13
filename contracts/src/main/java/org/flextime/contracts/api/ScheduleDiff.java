package org.flextime.contracts.api;

import java.util.List;

/** {@code GET /api/v1/schedules/{id}/diff?from=&to=}: every game that differs between the two versions, by id. */
public record ScheduleDiff(String scheduleId, int from, int to, List<GameDifference> changes) {
}
