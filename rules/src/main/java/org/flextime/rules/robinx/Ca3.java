package org.flextime.rules.robinx;

import java.util.List;

/** CA3: each team in {@code teams1} plays between min and max games (mode1) against {@code teams2} in every window of {@code intp} consecutive slots. */
public record Ca3(List<Integer> teams1, List<Integer> teams2, int intp, int min, int max, HomeAwayMode mode1,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Ca3 {
        teams1 = List.copyOf(teams1);
        teams2 = List.copyOf(teams2);
    }

    @Override
    public String family() {
        return "CA3";
    }
}
