package org.flextime.rules.robinx;

import java.util.List;

/** BR1: each team in {@code teams} has a number of breaks (mode2) in {@code slots} compared (mode1) with {@code intp}. */
public record Br1(List<Integer> teams, List<Integer> slots, int intp, Comparison mode1, HomeAwayMode mode2,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Br1 {
        teams = List.copyOf(teams);
        slots = List.copyOf(slots);
    }

    @Override
    public String family() {
        return "BR1";
    }
}
