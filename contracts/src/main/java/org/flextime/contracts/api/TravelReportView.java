package org.flextime.contracts.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A schedule's travel as {@code GET /api/v1/schedules/{id}/travel} reports it: the conference's totals, the fairness
 * spread and each team's trips, priced by the season's cost table or a live fare feed ({@code priceSource} says which,
 * and {@code priceNote} why the table stood in when the feed failed).
 */
public record TravelReportView(String scheduleId, int version, String sport, String season, String currency, int party,
                               String priceSource, String priceNote, long dollars, long miles, double hours,
                               int zoneCrossings, int trips, Spread spread, List<Team> teams) {

    /** The most and least expensive team and the difference between them. */
    public record Spread(String mostExpensive, long mostDollars, String leastExpensive, long leastDollars, long difference) {
    }

    /** One team's travel. */
    public record Team(String team, long dollars, long miles, double hours, int zoneCrossings, int nightsAway,
                       List<Trip> trips) {
    }

    /** One trip: home, the stops in order, home. */
    public record Trip(List<String> stops, LocalDate firstGame, LocalDate lastGame, int nightsAway, long dollars,
                       List<Leg> legs) {
    }

    /** One leg of a trip, by its mode ({@code charter-bus}, {@code charter-flight}, {@code commercial-flight}). */
    public record Leg(String from, String to, String mode, double miles, double roadMiles, double dollars, double hours,
                      int zonesCrossed) {
    }
}
