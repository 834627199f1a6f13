package org.flextime.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One game of a schedule: home and away are team codes as in schools.csv, venue is a venue name. */
public record Game(String id, LocalDate date, String home, String away, String venue) {
    /** Validates that a game has an id, a date and two different teams. */
    public Game {
        Objects.requireNonNull(id, "game id is required");
        Objects.requireNonNull(date, () -> "game " + id + ": date is required");
        Objects.requireNonNull(home, () -> "game " + id + ": home team is required");
        Objects.requireNonNull(away, () -> "game " + id + ": away team is required");
        if (home.equals(away)) {
            throw new IllegalArgumentException("game " + id + ": a team cannot play itself (" + home + ")");
        }
    }

    /** Whether the given team plays in this game, at home or away. */
    public boolean involves(String team) {
        return home.equals(team) || away.equals(team);
    }

    /** The other team of this game, seen from the given team. */
    public String opponentOf(String team) {
        if (home.equals(team)) {
            return away;
        }
        if (away.equals(team)) {
            return home;
        }
        throw new IllegalArgumentException("game " + id + " does not involve " + team);
    }

    /** A short human label such as "g042 BYU at KU". */
    public String label() {
        return id + " " + away + " at " + home;
    }
}
