package org.flextime.engine.conflicts.resolution;

import java.util.List;

/**
 * A checked way to resolve a conflict: it resolves it, adds no hard violation and no conflict at least as severe, and
 * moves no pinned game. {@code changes} is the diff; {@code travelMiles} how many more (negative: fewer) miles the
 * teams involved travel (the road-trip model); {@code quality} how the schedule's weighted conflicts change (critical 8,
 * high 4, medium 2, low 1; negative is better); {@code score} ranks proposals, lowest first ({@link Resolver}).
 */
public record Proposal(String strategy, String explanation, List<ChangedGame> changes, long travelMiles, int quality,
                       double score) {

    /** Copies the list so the record stays immutable. */
    public Proposal {
        changes = List.copyOf(changes);
    }
}
