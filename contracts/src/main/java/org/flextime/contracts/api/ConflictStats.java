package org.flextime.contracts.api;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/conflicts/stats}: per family and severity, how many conflicts detection found, how many are open and
 * how many were resolved, and by what ({@code resolvedBy}: method to count, e.g. {@code edit}).
 */
public record ConflictStats(List<Row> rows) {

    /** One family and severity. */
    public record Row(String family, String severity, int detected, int open, int resolved,
                      Map<String, Integer> resolvedBy) {
    }
}
