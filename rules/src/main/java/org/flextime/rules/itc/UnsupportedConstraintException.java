package org.flextime.rules.itc;

import org.flextime.rules.robinx.RobinxConstraint;

/** The instance has a constraint family the catalog cannot evaluate, so no exact score exists. */
public final class UnsupportedConstraintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Names the family and the instance-file line of the offending constraint. */
    public UnsupportedConstraintException(RobinxConstraint constraint) {
        super("constraint family " + constraint.family() + " (line " + constraint.line()
                + ") is not supported; supported: CA1-CA4, GA1, BR1, BR2, FA2, SE1");
    }
}
