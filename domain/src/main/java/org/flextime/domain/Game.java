package org.flextime.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One game of a schedule: home and away are team codes as in schools.csv, venue is a venue name, {@code start} the local
 * start time at the venue when one is set (null: not set, the sport's usual start applies, {@link GameStarts}).
 */
public record Game(String id, LocalDate date, String home, String away, String venue, LocalTime start) {
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

    /** A game with no start time of its own (what generators make: a schedule fixes dates first). */
    public Game(String id, LocalDate date, String home, String away, String venue) {
        this(id, date, home, away, venue, null);
    }

    /** The same game on another date, at the same start time. */
    public Game withDate(LocalDate newDate) {
        return new Game(id, newDate, home, away, venue, start);
    }

    /** The same game at another venue, at the same start time. */
    public Game withVenue(String newVenue) {
        return new Game(id, date, home, away, newVenue, start);
    }

    /** The same game with another start time (null: none of its own). */
    public Game withStart(LocalTime newStart) {
        return new Game(id, date, home, away, venue, newStart);
    }

    /** The same game with other sides and venue (a swap of home and away, a new opponent), at the same start time. */
    public Game withSides(String newHome, String newAway, String newVenue) {
        return new Game(id, date, newHome, newAway, newVenue, start);
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
