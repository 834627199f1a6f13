package org.flextime.engine.conflicts;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * One conflict in a schedule: its kind (e.g. {@code team-double-booked}) and family, how severe, who it concerns
 * ({@code subject}: the team, venue or rule; {@code parties}: every team and venue involved), the day, the games, a
 * plain-language explanation and where it comes from ({@code source}: the rule or data).
 */
public record ScheduleConflict(String kind, Family family, ConflictSeverity severity, String subject, LocalDate date,
                               List<String> gameIds, List<String> parties, String explanation, String source) {

    /** Copies the lists so the record stays immutable. */
    public ScheduleConflict {
        gameIds = List.copyOf(gameIds);
        parties = List.copyOf(parties);
    }

    /**
     * What makes two detections the same conflict: kind, subject and games (the day follows from the games; a rule
     * about a team's whole season dates from its earliest game, which an edit elsewhere may move). A conflict still
     * found after a change keeps its id; one no longer found is resolved.
     */
    public String fingerprint() {
        return kind + "|" + subject + "|" + String.join(",", new TreeSet<>(gameIds));
    }
}
