package org.flextime.engine.ttp;

import java.util.List;

/**
 * Result of evaluating a schedule: the rule violations (empty when feasible) and the total travel distance.
 *
 * @param violations readable messages, one per violation
 * @param distance   total distance of all teams including the first trip out and the last trip home;
 *                   computed from whatever the schedule says even when it is infeasible
 */
public record TtpEvaluation(List<String> violations, long distance) {

    /** Defensive copy. */
    public TtpEvaluation {
        violations = List.copyOf(violations);
    }

    /** True when no rule is violated. */
    public boolean feasible() {
        return violations.isEmpty();
    }
}
