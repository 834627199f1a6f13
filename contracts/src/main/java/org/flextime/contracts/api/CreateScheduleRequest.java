package org.flextime.contracts.api;

import java.util.Map;

/**
 * Body of {@code POST /api/v1/schedules}: the season's current version is used; {@code constraintSetVersion} picks a
 * version of the sport's constraint set instead of its active one.
 */
public record CreateScheduleRequest(String sport, String season, Map<String, Object> options, Integer constraintSetVersion) {
}
