package org.flextime.contracts.api;

import java.util.List;

/** The body of a batch edit, {@code PATCH /api/v1/schedules/{id}/games}: every change lands in one new version. */
public record ScheduleEditRequest(List<GameChange> changes, String reason) {
}
