package org.flextime.rules.robinx;

import java.util.List;

/** CA2: each team in {@code teams1} plays between min and max games (mode1) against {@code teams2} in {@code slots}. */
public record Ca2(List<Integer> teams1, List<Integer> teams2, List<Integer> slots, int min, int max, HomeAwayMode mode1,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Ca2 {
        teams1 = List.copyOf(teams1);
        teams2 = List.copyOf(teams2);
        slots = List.copyOf(slots);
    }

    @Override
    public String family() {
        return "CA2";
    }
}
