package org.flextime.rules.itc;

import java.util.List;

/**
 * The score of a solution: infeasibility (sum of HARD deviations), objective (sum of SOFT deviation x
 * penalty, plus total travel for travel-distance instances) and every violation behind those numbers.
 */
public record Evaluation(long infeasibility, long objective, long travelDistance, List<Violation> violations) {

    /** Copies the violation list so the record stays immutable. */
    public Evaluation {
        violations = List.copyOf(violations);
    }

    /** True when no HARD constraint (nor the basic format) is violated. */
    public boolean isFeasible() {
        return infeasibility == 0;
    }

    /** The violations of one family, e.g. "CA3" or {@link Violation#FORMAT}. */
    public List<Violation> violationsOf(String family) {
        return violations.stream().filter(v -> v.family().equals(family)).toList();
    }
}
