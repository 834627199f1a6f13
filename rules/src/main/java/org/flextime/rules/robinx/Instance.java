package org.flextime.rules.robinx;

import java.util.List;

/**
 * A RobinX problem instance: teams, slots, format, optional travel distances and constraints.
 * {@code objective} is the RobinX objective code ("SC" soft constraints, "TR" travel distance).
 */
public record Instance(String name, String objective, int roundRobins, boolean compact, GameMode gameMode,
                       List<Team> teams, List<Slot> slots, DistanceMatrix distances,
                       List<RobinxConstraint> constraints) {

    /** Copies the lists so the record stays immutable. */
    public Instance {
        teams = List.copyOf(teams);
        slots = List.copyOf(slots);
        constraints = List.copyOf(constraints);
    }

    /** Number of teams. */
    public int teamCount() {
        return teams.size();
    }

    /** Number of slots. */
    public int slotCount() {
        return slots.size();
    }

    /** True when the objective is total travel distance (TTP). */
    public boolean minimizesTravel() {
        return "TR".equals(objective);
    }

    /** The constraints of one family, e.g. {@code constraintsOf(Ca3.class)}. */
    public <C extends RobinxConstraint> List<C> constraintsOf(Class<C> family) {
        return constraints.stream().filter(family::isInstance).map(family::cast).toList();
    }
}
