package org.flextime.rules.robinx;

/** HARD constraints decide feasibility; SOFT constraints add to the objective. */
public enum ConstraintType {
    /** Must hold; violations count as infeasibility. */
    HARD,
    /** Should hold; violations cost penalty x deviation. */
    SOFT
}
