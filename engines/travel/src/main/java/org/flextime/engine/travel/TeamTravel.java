package org.flextime.engine.travel;

import java.util.List;

import org.flextime.domain.Trip;

/**
 * One team's travel over a sport's schedule.
 *
 * @param team          the team's code
 * @param dollars       what its trips cost, rounded
 * @param miles         great-circle miles travelled, rounded
 * @param hours         door-to-door travel hours
 * @param zoneCrossings legs that move the team's clock
 * @param nightsAway    nights away from campus over all trips
 * @param trips         the trips, in date order
 */
public record TeamTravel(String team, long dollars, long miles, double hours, int zoneCrossings, int nightsAway,
                         List<Trip> trips) {
    /** Copies the trips. */
    public TeamTravel {
        trips = List.copyOf(trips);
    }
}
