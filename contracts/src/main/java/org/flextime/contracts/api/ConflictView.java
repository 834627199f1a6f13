package org.flextime.contracts.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One conflict of {@code GET /api/v1/schedules/{id}/conflicts}: what it is ({@code kind}, {@code family}: team, venue,
 * calendar, rules), how severe (critical, high, medium, low), whom it concerns, a plain-language explanation, the rule
 * or data it comes from, and its life: open from the version it was detected in until the version that resolved it.
 */
public record ConflictView(String id, String scheduleId, String kind, String family, String severity, String state,
                           String subject, LocalDate date, List<String> gameIds, List<String> parties, String explanation,
                           String source, int detectedVersion, Instant detectedAt, Integer resolvedVersion,
                           Instant resolvedAt, String resolvedBy) {
}
