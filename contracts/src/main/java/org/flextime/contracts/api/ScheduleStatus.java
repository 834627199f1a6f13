package org.flextime.contracts.api;

/**
 * A schedule's editorial status after {@code POST /api/v1/schedules/{id}/status}: the status, the version it applies
 * to, the hard violations of the active constraint set the gate counted, and the override reason if the gate was
 * overridden.
 */
public record ScheduleStatus(String scheduleId, String status, int version, Integer hardViolations,
                             String overrideReason) {
}
