package org.flextime.rules.robinx;

import java.util.List;

/** FA2: after each slot in {@code slots}, every pair of {@code teams} differs by at most intp in home games played. */
public record Fa2(List<Integer> teams, List<Integer> slots, int intp, HomeAwayMode mode,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Fa2 {
        teams = List.copyOf(teams);
        slots = List.copyOf(slots);
    }

    @Override
    public String family() {
        return "FA2";
    }
}
