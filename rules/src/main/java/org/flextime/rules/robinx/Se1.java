package org.flextime.rules.robinx;

import java.util.List;

/** SE1: the two meetings of every pair of {@code teams} are separated by at least min and at most max slots. */
public record Se1(List<Integer> teams, int min, int max,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Se1 {
        teams = List.copyOf(teams);
    }

    @Override
    public String family() {
        return "SE1";
    }
}
