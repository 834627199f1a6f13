package org.flextime.rules.robinx;

/** One constraint element of an instance; each family is a record. */
public sealed interface RobinxConstraint
        permits Ca1, Ca2, Ca3, Ca4, Ga1, Br1, Br2, Fa2, Se1, UnsupportedConstraint {

    /** Sentinel for an absent upper bound. */
    int UNBOUNDED = Integer.MAX_VALUE;

    /** The element name, e.g. "CA1". */
    String family();

    /** HARD or SOFT. */
    ConstraintType type();

    /** Penalty per unit of deviation. */
    int penalty();

    /** Line of the element in the instance file, for explanations. */
    int line();

    /** Short label such as "CA1@42" naming the family and source line. */
    default String label() {
        return family() + "@" + line();
    }
}
