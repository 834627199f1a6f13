package org.flextime.rules.robinx;

import java.util.Map;

/** A constraint element of a family outside the ITC2021 set, kept verbatim so callers can report it. */
public record UnsupportedConstraint(String family, Map<String, String> attributes,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the attributes so the record stays immutable. */
    public UnsupportedConstraint {
        attributes = Map.copyOf(attributes);
    }
}
