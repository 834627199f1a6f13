package org.flextime.contracts.api;

/**
 * The body of {@code POST /api/v1/schedules/{id}/travel/optimize}, every field optional: how long to search
 * ({@code seconds}, 1-60), the random {@code seed}, and for a what-if the sport's travel {@code party} and the road-trip
 * limits ({@code maxGapDays}, {@code maxDaysAway}) instead of the season's.
 */
public record TravelOptimizeRequest(Integer seconds, Long seed, Integer party, Integer maxGapDays, Integer maxDaysAway) {
}
