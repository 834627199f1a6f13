package org.flextime.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * FlexTime's one travel-time model: how long a team needs to get from one campus to another, by road or in the air,
 * and how many time zones it crosses. Distances are {@link Coordinates#milesTo} between campuses, as everywhere else.
 * A trip under {@link #FLIGHT_MIN_MILES} goes by charter bus (the season data's {@code travelCost} offers charter flights
 * only from 300 miles); the bus covers the great-circle miles times {@link #ROAD_CIRCUITY} at {@link #BUS_MPH}. A flight
 * takes {@link #AIRPORT_HOURS} on the ground (to the airport, boarding, from the airport) plus the miles at
 * {@link #FLIGHT_MPH}. These speeds and overheads are this model's planning assumptions, not measurements; the travel
 * issue may refine them here, in one place.
 *
 * @param miles        great-circle miles between the campuses
 * @param mode         how the team travels
 * @param hours        door-to-door travel hours
 * @param zonesCrossed hours the local clock moves on arrival: positive eastward (time lost), negative westward
 */
public record TravelLeg(double miles, Mode mode, double hours, int zonesCrossed) {

    /** How a leg is travelled. */
    public enum Mode { NONE, BUS, FLIGHT }

    /** The shortest trip a charter flight serves (the season data's charter-flight {@code minMiles}). */
    public static final double FLIGHT_MIN_MILES = 300;
    /** Road miles per great-circle mile. */
    public static final double ROAD_CIRCUITY = 1.2;
    /** A charter bus's average speed. */
    public static final double BUS_MPH = 55;
    /** A charter flight's block speed. */
    public static final double FLIGHT_MPH = 450;
    /** Hours a flight spends on the ground at both ends. */
    public static final double AIRPORT_HOURS = 3;

    /** The leg between two campuses on a date (time-zone offsets change with daylight saving time). */
    public static TravelLeg between(Team from, Team to, LocalDate on) {
        return between(from.campus(), from.timeZone(), to.campus(), to.timeZone(), on);
    }

    /** The leg between two points in their time zones on a date. */
    public static TravelLeg between(Coordinates from, ZoneId fromZone, Coordinates to, ZoneId toZone, LocalDate on) {
        double miles = from.milesTo(to);
        int zones = (offsetSeconds(toZone, on) - offsetSeconds(fromZone, on)) / 3600;
        if (miles < 1) {
            return new TravelLeg(miles, Mode.NONE, 0, zones);
        }
        if (miles < FLIGHT_MIN_MILES) {
            return new TravelLeg(miles, Mode.BUS, miles * ROAD_CIRCUITY / BUS_MPH, zones);
        }
        return new TravelLeg(miles, Mode.FLIGHT, AIRPORT_HOURS + miles / FLIGHT_MPH, zones);
    }

    /** Travel hours plus the hours lost to the clock going east: how much of the time between two games the leg uses. */
    public double clockHours() {
        return hours + Math.max(0, zonesCrossed);
    }

    private static int offsetSeconds(ZoneId zone, LocalDate on) {
        return ZonedDateTime.of(on, LocalTime.NOON, zone).getOffset().getTotalSeconds();
    }
}
