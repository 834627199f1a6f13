package org.flextime.rules.robinx;

import java.util.List;

/** GA1: between min and max of the {@code meetings} are played in {@code slots}. */
public record Ga1(List<Meeting> meetings, List<Integer> slots, int min, int max,
        ConstraintType type, int penalty, int line) implements RobinxConstraint {

    /** Copies the id lists so the record stays immutable. */
    public Ga1 {
        meetings = List.copyOf(meetings);
        slots = List.copyOf(slots);
    }

    @Override
    public String family() {
        return "GA1";
    }
}
