package org.flextime.rules;

import java.time.Duration;

/**
 * How long a game holds its venue and how long the venue then needs before its next event: the numbers of rule kind
 * {@code venue-turnaround} ({@code gameHours}, {@code minHours}), which conflict detection and the {@code shift-time}
 * resolution use too, so that one source says when two events of a day at one venue fit. Two games fit on one day when
 * the later one starts at least {@link #spacing()} after the earlier one.
 */
public record VenueTurnover(int gameHours, int turnaroundHours) {

    /** The start hour a {@code venue-turnaround} rule gives a game with no start of its own, unless it says otherwise. */
    public static final int GAME_START_HOUR = 19;
    /** How long a game holds its venue, unless a {@code venue-turnaround} rule says otherwise. */
    public static final int GAME_HOURS = 3;
    /**
     * The hours a venue needs between two events when no {@code venue-turnaround} rule of the set says: enough to clear
     * the building and change the floor, so a 13:00 game and a 19:00 game make a doubleheader.
     */
    public static final int TURNAROUND_HOURS = 3;
    /** The numbers when the set has no {@code venue-turnaround} rule. */
    public static final VenueTurnover DEFAULT = new VenueTurnover(GAME_HOURS, TURNAROUND_HOURS);

    /** Requires a positive game length and no negative turnaround. */
    public VenueTurnover {
        if (gameHours < 1 || turnaroundHours < 0) {
            throw new IllegalArgumentException("a game lasts at least 1 hour and a turnaround is not negative: "
                    + gameHours + ", " + turnaroundHours);
        }
    }

    /**
     * The numbers of the set's {@code venue-turnaround} rule (its {@code gameHours}, default {@link #GAME_HOURS}, and
     * {@code minHours}); the widest spacing when it has several; {@link #DEFAULT} when it has none.
     */
    public static VenueTurnover of(ConstraintSet set) {
        VenueTurnover out = null;
        for (RuleDefinition r : set.rules()) {
            if (r.kind().equals("venue-turnaround")) {
                VenueTurnover t = new VenueTurnover(r.params().path("gameHours").asInt(GAME_HOURS),
                        r.params().path("minHours").asInt(TURNAROUND_HOURS));
                if (out == null || t.spacing().compareTo(out.spacing()) > 0) {
                    out = t;
                }
            }
        }
        return out == null ? DEFAULT : out;
    }

    /** The least time between the starts of two events of one day at the venue: a game and the turnaround. */
    public Duration spacing() {
        return Duration.ofHours(gameHours + turnaroundHours);
    }
}
