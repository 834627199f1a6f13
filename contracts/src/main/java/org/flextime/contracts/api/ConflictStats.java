package org.flextime.contracts.api;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/conflicts/stats}: per family and severity, how many conflicts detection found, how many are open and
 * how many were resolved, and by what ({@code resolvedBy}: method to count, e.g. {@code edit}); and per resolution
 * strategy and family, how its proposals fared ({@code strategies}).
 */
public record ConflictStats(List<Row> rows, List<StrategyRow> strategies) {

    /** One family and severity. */
    public record Row(String family, String severity, int detected, int open, int resolved,
                      Map<String, Integer> resolvedBy) {
    }

    /**
     * One strategy and family: proposals offered, accepted (asked to be applied), applied (a new version made), and
     * conflicts the applied versions introduced.
     */
    public record StrategyRow(String strategy, String family, int offered, int accepted, int applied, int introduced) {
    }
}
