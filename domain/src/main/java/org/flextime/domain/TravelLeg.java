package org.flextime.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * FlexTime's one travel model for a leg: how far a team goes from one campus to another (great-circle miles by
 * {@link Coordinates#milesTo}, road miles by the season's road factor), by which mode, for how many dollars, how long
 * door to door, and how many time zones it crosses. The mode is the cheapest that the season's cost table
 * ({@link TravelCosts}) offers for the distance and the sport's travel party; speeds and ground hours are that table's
 * planning assumptions, not measurements.
 *
 * @param miles        great-circle miles between the campuses
 * @param roadMiles    road miles between them (great-circle miles times the road factor; 0 for no trip)
 * @param mode         how the team travels
 * @param dollars      what the leg costs the whole party
 * @param hours        door-to-door travel hours
 * @param zonesCrossed hours the local clock moves on arrival: positive eastward (time lost), negative westward
 */
public record TravelLeg(double miles, double roadMiles, Mode mode, double dollars, double hours, int zonesCrossed) {

    /** How a leg is travelled, spelled in the season data as {@link #label()}. */
    public enum Mode {
        NONE("none", false), CHARTER_BUS("charter-bus", true), CHARTER_FLIGHT("charter-flight", false),
        COMMERCIAL_FLIGHT("commercial-flight", false);

        private final String label;
        private final boolean onRoad;

        Mode(String label, boolean onRoad) {
            this.label = label;
            this.onRoad = onRoad;
        }

        /** The data's spelling, e.g. "charter-bus". */
        public String label() {
            return label;
        }

        /** Whether the mode travels on the road (priced and limited on road miles). */
        public boolean onRoad() {
            return onRoad;
        }

        /** Whether the mode flies. */
        public boolean flies() {
            return this == CHARTER_FLIGHT || this == COMMERCIAL_FLIGHT;
        }

        /** The mode the data spells this way, or null if none does. */
        public static Mode parse(String text) {
            for (Mode m : values()) {
                if (m != NONE && m.label.equals(text.toLowerCase(Locale.ROOT))) {
                    return m;
                }
            }
            return null;
        }
    }

    /**
     * The leg between two campuses on a date (time-zone offsets change with daylight saving time) under the reference
     * cost table ({@link TravelCosts#REFERENCE}) for a basketball-sized party: the model for a question that names no
     * season's table, such as how long a team needs between two games.
     */
    public static TravelLeg between(Team from, Team to, LocalDate on) {
        return TravelCosts.REFERENCE.leg(from, to, on, TravelCosts.DEFAULT_PARTY);
    }

    /** Travel hours plus the hours lost to the clock going east: how much of the time between two games the leg uses. */
    public double clockHours() {
        return hours + Math.max(0, zonesCrossed);
    }

    /** Hours the clock moves from one zone to another on a date; Arizona's zone keeps standard time all year. */
    static int zonesBetween(ZoneId from, ZoneId to, LocalDate on) {
        return (offsetSeconds(to, on) - offsetSeconds(from, on)) / 3600;
    }

    private static int offsetSeconds(ZoneId zone, LocalDate on) {
        return ZonedDateTime.of(on, LocalTime.NOON, zone).getOffset().getTotalSeconds();
    }
}
