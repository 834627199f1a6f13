package org.flextime.contracts.api;

import java.util.Map;

/** Body of {@code POST /api/v1/schedules}. */
public record CreateScheduleRequest(String sport, String season, Map<String, Object> options) {
}
