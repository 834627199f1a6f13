package org.flextime.rules.itc;

import java.util.Arrays;
import java.util.List;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;

/** Lookup tables over one solution: who plays where in each slot and when each game is played. */
public final class Timetable {

    /** Where a team plays in a slot. */
    public enum Venue {
        /** At its own venue. */
        HOME,
        /** At the opponent's venue. */
        AWAY,
        /** No game in this slot. */
        NONE
    }

    private final int teamCount;
    private final int slotCount;
    private final List<ScheduledMatch> games;
    private final int[][] slotOfGame;
    private final int[][] timesScheduled;
    private final int[][] opponent;
    private final Venue[][] venue;
    private final int[][] gamesInSlot;

    private Timetable(int teamCount, int slotCount, List<ScheduledMatch> games) {
        this.teamCount = teamCount;
        this.slotCount = slotCount;
        this.games = games;
        slotOfGame = new int[teamCount][teamCount];
        timesScheduled = new int[teamCount][teamCount];
        opponent = new int[teamCount][slotCount];
        venue = new Venue[teamCount][slotCount];
        gamesInSlot = new int[teamCount][slotCount];
        for (int t = 0; t < teamCount; t++) {
            Arrays.fill(slotOfGame[t], -1);
            Arrays.fill(opponent[t], -1);
            Arrays.fill(venue[t], Venue.NONE);
        }
        for (ScheduledMatch game : games) {
            place(game);
        }
    }

    /** Builds the tables; ids outside the instance are a programming error (the reader rejects them). */
    public static Timetable of(Instance instance, Solution solution) {
        return new Timetable(instance.teamCount(), instance.slotCount(), solution.games());
    }

    private void place(ScheduledMatch game) {
        int home = game.home();
        int away = game.away();
        int slot = game.slot();
        if (home < 0 || home >= teamCount || away < 0 || away >= teamCount || home == away
                || slot < 0 || slot >= slotCount) {
            throw new IllegalArgumentException("game outside the instance: " + game);
        }
        timesScheduled[home][away]++;
        if (slotOfGame[home][away] < 0) {
            slotOfGame[home][away] = slot;
        }
        // a double-booked team keeps its first game here; the format check reports the clash
        assign(home, slot, away, Venue.HOME);
        assign(away, slot, home, Venue.AWAY);
    }

    private void assign(int team, int slot, int other, Venue where) {
        gamesInSlot[team][slot]++;
        if (venue[team][slot] == Venue.NONE) {
            venue[team][slot] = where;
            opponent[team][slot] = other;
        }
    }

    /** Number of teams. */
    public int teamCount() {
        return teamCount;
    }

    /** Number of slots. */
    public int slotCount() {
        return slotCount;
    }

    /** All scheduled games in file order (duplicates included). */
    public List<ScheduledMatch> games() {
        return games;
    }

    /** The slot in which {@code home} hosts {@code away}, or -1 when that game is not scheduled. */
    public int slotOf(int home, int away) {
        return slotOfGame[home][away];
    }

    /** How often {@code home} hosts {@code away} in the solution. */
    public int timesScheduled(int home, int away) {
        return timesScheduled[home][away];
    }

    /** Where the team plays in the slot. */
    public Venue venue(int team, int slot) {
        return venue[team][slot];
    }

    /** The team's venue in every slot (the table's own row: read, never write). */
    Venue[] venues(int team) {
        return venue[team];
    }

    /**
     * One team's venue in every slot from its games, each (home, away, slot) with {@code team} one of the two: the
     * row {@link #of} would give that team (a double-booked team keeps its first game), without the other teams' rows.
     */
    public static Venue[] venuesOf(int team, int slotCount, List<ScheduledMatch> teamGames) {
        Venue[] row = new Venue[slotCount];
        Arrays.fill(row, Venue.NONE);
        for (ScheduledMatch game : teamGames) {
            if (game.slot() < 0 || game.slot() >= slotCount || game.home() == game.away()) {
                throw new IllegalArgumentException("game outside the instance: " + game);
            }
            if (row[game.slot()] == Venue.NONE) {
                if (game.home() == team) {
                    row[game.slot()] = Venue.HOME;
                } else if (game.away() == team) {
                    row[game.slot()] = Venue.AWAY;
                }
            }
        }
        return row;
    }

    /** The opponent of the team in the slot, or -1. */
    public int opponent(int team, int slot) {
        return opponent[team][slot];
    }

    /** Number of games the team has in the slot (more than 1 is a format violation). */
    public int gamesInSlot(int team, int slot) {
        return gamesInSlot[team][slot];
    }
}
