package org.flextime.engine.conflicts;

import java.util.List;

/** A hard violation of the sport's active constraint set, as the constraints service reports it. */
public record RuleViolation(String rule, String explanation, List<String> gameIds, List<String> teams) {

    /** Copies the lists so the record stays immutable. */
    public RuleViolation {
        gameIds = gameIds == null ? List.of() : List.copyOf(gameIds);
        teams = teams == null ? List.of() : List.copyOf(teams);
    }
}
