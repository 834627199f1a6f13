package org.flextime.contracts.api;

import java.time.Instant;
import java.util.List;

/** A season in {@code GET /api/v1/seasons}: its current version, schools and sports. */
public record SeasonSummary(String id, String conference, int version, List<String> schools, List<String> sports,
                            Instant updatedAt) {
}
