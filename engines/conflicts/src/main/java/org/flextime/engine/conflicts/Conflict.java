package org.flextime.engine.conflicts;

import java.time.LocalDate;
import java.util.List;

/** A clash in a schedule: its type, the team or venue concerned, the date, the games, and a concrete fix. */
public record Conflict(String type, String subject, LocalDate date, List<String> gameIds, String explanation,
                       String suggestedFix) {
    /** Copies the id list so the record stays immutable. */
    public Conflict {
        gameIds = List.copyOf(gameIds);
    }
}
