package org.flextime.engine.cpsat;

import java.util.List;
import org.flextime.rules.robinx.RobinxConstraint;

/**
 * HARD rules that cannot all hold together (with the round-robin format), and the sentence that says so, e.g.
 * "CA1@3 on KU, slots 0-3 and BR2@4 on all teams, slots 1-9 cannot both hold". An empty list means the format
 * alone cannot be met.
 */
public record RuleConflict(List<RobinxConstraint> rules, String explanation) {

    /** Copies the list so the record stays immutable. */
    public RuleConflict {
        rules = List.copyOf(rules);
    }
}
