package org.flextime.rules.robinx;

import java.util.List;

/** CA4: teams1 together play between min and max games (mode1) against teams2 in {@code slots}, in total (GLOBAL) or per slot (EVERY). */
public record Ca4(List<Integer> teams1, List<Integer> teams2, List<Integer> slots, int min, int max, HomeAwayMode mode1,
        CountMode mode2,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Ca4 {
        teams1 = List.copyOf(teams1);
        teams2 = List.copyOf(teams2);
        slots = List.copyOf(slots);
    }

    @Override
    public String family() {
        return "CA4";
    }
}
