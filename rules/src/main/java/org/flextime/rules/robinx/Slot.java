package org.flextime.rules.robinx;

import java.util.List;

/** A time slot of the instance; ids run 0..s-1 in chronological order. */
public record Slot(int id, String name, List<Integer> slotGroups) {

    /** Copies the group list so the record stays immutable. */
    public Slot {
        slotGroups = List.copyOf(slotGroups);
    }
}
