package org.flextime.rules.robinx;

import java.util.List;

/** A RobinX solution: its metadata and the scheduled games in file order. */
public record Solution(SolutionMetaData metaData, List<ScheduledMatch> games) {

    /** Copies the game list so the record stays immutable. */
    public Solution {
        games = List.copyOf(games);
    }

    /** A copy whose metadata carries the given scores. */
    public Solution withObjectiveValue(ObjectiveValue value) {
        return new Solution(metaData.withObjectiveValue(value), games);
    }
}
