package org.flextime.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * One road trip of a team as a travel office books it: out from campus, one stop per host visited (a series is one
 * stop), home again. The team arrives the day before its first game and travels home right after its last, so a trip
 * whose games span {@code d} days (first to last, both included) keeps it {@code d} nights away.
 *
 * @param team      the travelling team's code
 * @param stops     the hosts visited, in order
 * @param firstGame the date of the trip's first game
 * @param lastGame  the date of its last game
 * @param legs      the legs flown or driven, home to the first stop through the last stop to home
 */
public record Trip(String team, List<String> stops, LocalDate firstGame, LocalDate lastGame, List<TravelLeg> legs) {

    /** Copies the lists. */
    public Trip {
        stops = List.copyOf(stops);
        legs = List.copyOf(legs);
    }

    /** The trip's dollars, all legs. */
    public double dollars() {
        return legs.stream().mapToDouble(TravelLeg::dollars).sum();
    }

    /** The trip's great-circle miles. */
    public double miles() {
        return legs.stream().mapToDouble(TravelLeg::miles).sum();
    }

    /** The trip's door-to-door travel hours. */
    public double hours() {
        return legs.stream().mapToDouble(TravelLeg::hours).sum();
    }

    /** Time-zone changes over the trip's legs (each leg that moves the clock counts once). */
    public int zoneCrossings() {
        return (int) legs.stream().filter(l -> l.zonesCrossed() != 0).count();
    }

    /** Nights away from campus: the night before the first game through the night before the last. */
    public int nightsAway() {
        return (int) (lastGame.toEpochDay() - firstGame.toEpochDay()) + 1;
    }
}
