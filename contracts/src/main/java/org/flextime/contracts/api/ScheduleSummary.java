package org.flextime.contracts.api;

/** A schedule as {@code GET /api/v1/schedules/{id}} shows it, with the version of its season it was built from. */
public record ScheduleSummary(String id, String sport, String season, String state, int games,
                             Integer hardViolations, Integer softPenalty, Integer conflicts,
                             Double travelMiles, Double quality, Integer seasonVersion) {
}
