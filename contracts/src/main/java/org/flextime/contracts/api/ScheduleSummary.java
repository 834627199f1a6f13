package org.flextime.contracts.api;

/**
 * A schedule as {@code GET /api/v1/schedules/{id}} shows it: {@code state} is the generation's ({@code draft} while the
 * job runs, {@code final} once generated), {@code version} the current version (edits add versions) and {@code status}
 * the editorial one ({@code draft}, {@code review}, {@code published}). The figures are the generated version's;
 * {@code seasonVersion} is the version of its season it was built from.
 */
public record ScheduleSummary(String id, String sport, String season, String state, int games,
                             Integer hardViolations, Integer softPenalty, Integer conflicts,
                             Double travelMiles, Double quality, int version, String status, Integer seasonVersion) {
}
