package org.flextime.engine.season.optimizer;

import java.time.LocalDate;
import java.util.Set;

import org.flextime.domain.Game;

/**
 * The part of an existing schedule a re-solve may change: the games dated from {@code from} to {@code to} (either
 * end null: open) that involve at least one of {@code teams} (empty: any team). A meeting of a series is free only
 * when all its games are. Everything outside stays exactly where it is, and so does every pinned game.
 *
 * @param from  first date a free game may be on, or null
 * @param to    last date a free game may be on, or null
 * @param teams the teams whose games are free (empty: every team's)
 */
public record Neighbourhood(LocalDate from, LocalDate to, Set<String> teams) {
    /** Copies the teams and checks the range. */
    public Neighbourhood {
        teams = teams == null ? Set.of() : Set.copyOf(teams);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("a neighbourhood ends " + to + " before it starts " + from);
        }
    }

    /** Every game of every team from {@code from} to {@code to}, both included. */
    public static Neighbourhood dates(LocalDate from, LocalDate to) {
        return new Neighbourhood(from, to, Set.of());
    }

    /** Every game of these teams, the whole season long. */
    public static Neighbourhood teams(Set<String> teams) {
        return new Neighbourhood(null, null, teams);
    }

    /** Whether a game may fall on this date. */
    public boolean admits(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }

    /** Whether the game is free to change (its date in range, one of its teams named). */
    public boolean contains(Game game) {
        return admits(game.date()) && (teams.isEmpty() || teams.contains(game.home()) || teams.contains(game.away()));
    }
}
