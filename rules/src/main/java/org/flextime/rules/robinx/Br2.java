package org.flextime.rules.robinx;

import java.util.List;

/** BR2: the teams in {@code teams} together have a number of breaks in {@code slots} compared (mode2) with {@code intp}. */
public record Br2(List<Integer> teams, List<Integer> slots, int intp, HomeAwayMode homeMode, Comparison mode2,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Br2 {
        teams = List.copyOf(teams);
        slots = List.copyOf(slots);
    }

    @Override
    public String family() {
        return "BR2";
    }
}
