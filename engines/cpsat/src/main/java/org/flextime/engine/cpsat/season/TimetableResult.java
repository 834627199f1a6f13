package org.flextime.engine.cpsat.season;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flextime.domain.Game;

/**
 * What the CP-SAT path made of a season: a schedule that keeps every encoded HARD rule, or the rules that conflict,
 * or neither when the budget ran out first.
 *
 * @param games    the schedule (empty unless found), ids g001... in date order
 * @param conflict the HARD rules that cannot all hold, when CP-SAT proved it
 * @param encoded  the ids of the HARD rules the model holds
 * @param left     the HARD rules left to the validator, each with the reason
 * @param elapsed  time spent
 */
public record TimetableResult(List<Game> games, Optional<SeasonConflict> conflict, List<String> encoded,
                              Map<String, String> left, Duration elapsed) {

    /** Copies the collections. */
    public TimetableResult {
        games = List.copyOf(games);
        encoded = List.copyOf(encoded);
        left = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(left));
    }

    /** Whether a schedule was found. */
    public boolean found() {
        return !games.isEmpty();
    }
}
