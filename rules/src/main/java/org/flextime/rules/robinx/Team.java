package org.flextime.rules.robinx;

import java.util.List;

/** A team of the instance; ids run 0..n-1 and double as indexes. */
public record Team(int id, String name, int league, List<Integer> teamGroups) {

    /** Copies the group list so the record stays immutable. */
    public Team {
        teamGroups = List.copyOf(teamGroups);
    }
}
