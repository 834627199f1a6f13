package org.flextime.engine.cpsat;

import com.google.ortools.sat.IntVar;
import java.util.List;
import org.flextime.rules.robinx.RobinxConstraint;

/**
 * One rule of the instance in the model: its deviation variables (one per team, pair, window or slot the ITC2021
 * definition measures separately), each bounded below by how far its count lies outside the rule's bounds, so at
 * the least they equal the evaluator's deviations. A HARD rule holds when all of them are 0.
 */
record RuleTerm(RobinxConstraint rule, List<IntVar> deviations) {

    /** Copies the list so the record stays immutable. */
    RuleTerm {
        deviations = List.copyOf(deviations);
    }

    /** True for a HARD rule. */
    boolean hard() {
        return rule.type() == org.flextime.rules.robinx.ConstraintType.HARD;
    }
}
