package org.flextime.rules.itc;

import org.flextime.rules.robinx.ConstraintType;

/**
 * One deviation found in a solution: which constraint (family and instance-file line; line 0 for the
 * basic format), HARD or SOFT, the deviation, the penalty weight per unit, and a readable explanation.
 */
public record Violation(String family, int line, ConstraintType type, int deviation, int weight, String explanation) {

    /** Family name used for violations of the basic round-robin format. */
    public static final String FORMAT = "FORMAT";

    /** deviation x weight: what this violation adds to the objective when SOFT. */
    public long cost() {
        return (long) deviation * weight;
    }

    /** True for a HARD violation (counts into infeasibility). */
    public boolean isHard() {
        return type == ConstraintType.HARD;
    }

    /** A one-line description, e.g. "SOFT CA1@42 deviation 1 x 5: team 0 ...". */
    @Override
    public String toString() {
        String where = line > 0 ? family + "@" + line : family;
        return type + " " + where + " deviation " + deviation + " x " + weight + ": " + explanation;
    }
}
