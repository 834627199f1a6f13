package org.flextime.rules.robinx;

import java.util.List;

/** CA1: each team in {@code teams} plays between min and max home/away games (mode) in {@code slots}. */
public record Ca1(List<Integer> teams, List<Integer> slots, int min, int max, HomeAwayMode mode,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Ca1 {
        teams = List.copyOf(teams);
        slots = List.copyOf(slots);
    }

    @Override
    public String family() {
        return "CA1";
    }
}
