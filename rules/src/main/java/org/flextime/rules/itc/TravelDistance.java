package org.flextime.rules.itc;

import org.flextime.rules.robinx.DistanceMatrix;

/**
 * The one TTP travel model: a team starts at its home venue, travels leg by leg to the venue of each of its games in
 * slot order (a slot without a game keeps it where it is) and returns home after its last game. The ITC2021
 * evaluator and the TTP solver both measure a season here, so they cannot disagree.
 */
public final class TravelDistance {

    /** The venue of a slot in which the team plays no game. */
    public static final int NO_GAME = -1;

    /** The distance of one leg, from the venue of team {@code from} to the venue of team {@code to}. */
    @FunctionalInterface
    public interface Legs {
        /** Distance of the leg from the venue of team {@code from} to the venue of team {@code to}. */
        long leg(int from, int to);
    }

    /** Where one team plays, slot by slot. */
    @FunctionalInterface
    public interface Venues {
        /** The team whose venue hosts the game in {@code slot}, or {@link #NO_GAME}. */
        int at(int slot);
    }

    private final Legs legs;

    /** Travel over the given legs. */
    public TravelDistance(Legs legs) {
        this.legs = legs;
    }

    /** Travel over an instance's distance matrix (a pair it does not give is a leg of 0). */
    public static TravelDistance over(DistanceMatrix distances) {
        return new TravelDistance(distances::distance);
    }

    /** Distance of the leg from the venue of team {@code from} to the venue of team {@code to}. */
    public long leg(int from, int to) {
        return legs.leg(from, to);
    }

    /** Travel of {@code team} over slots 0 to {@code slots - 1}, playing in slot s at {@code venues.at(s)}. */
    public long season(int team, int slots, Venues venues) {
        int at = team;
        long sum = 0;
        for (int slot = 0; slot < slots; slot++) {
            int next = venues.at(slot);
            if (next == NO_GAME) {
                continue;
            }
            sum += legs.leg(at, next);
            at = next;
        }
        return sum + legs.leg(at, team);
    }

    /** The summed travel of every team of a timetable; 0 when the instance has no distances. */
    public static long total(DistanceMatrix distances, Timetable timetable) {
        if (distances.isEmpty()) {
            return 0;
        }
        TravelDistance travel = over(distances);
        long total = 0;
        for (int team = 0; team < timetable.teamCount(); team++) {
            int t = team;
            total += travel.season(t, timetable.slotCount(), slot -> venue(timetable, t, slot));
        }
        return total;
    }

    private static int venue(Timetable timetable, int team, int slot) {
        return switch (timetable.venue(team, slot)) {
            case HOME -> team;
            case AWAY -> timetable.opponent(team, slot);
            case NONE -> NO_GAME;
        };
    }
}
