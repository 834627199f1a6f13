package org.flextime.engine.travel;

import java.util.List;

/**
 * A sport's travel over a schedule, per team and for the conference, with the fairness spread between the most and
 * the least expensive team.
 *
 * @param sport         the sport's code
 * @param currency      the currency of the dollars
 * @param party         travellers per team in this sport
 * @param teams         every participant, in the season's team order (a team without away games costs nothing)
 * @param dollars       the conference's total
 * @param miles         the conference's great-circle miles
 * @param hours         the conference's travel hours
 * @param zoneCrossings the conference's legs that move a clock
 * @param trips         the conference's trips
 * @param mostExpensive the team that spends the most (the first in team order on a tie)
 * @param leastExpensive the team that spends the least
 */
public record TravelSummary(String sport, String currency, int party, List<TeamTravel> teams, long dollars, long miles,
                            double hours, int zoneCrossings, int trips, TeamTravel mostExpensive,
                            TeamTravel leastExpensive) {
    /** Copies the teams. */
    public TravelSummary {
        teams = List.copyOf(teams);
    }

    /** The fairness spread: the most expensive team's dollars less the least expensive team's. */
    public long spread() {
        return mostExpensive.dollars() - leastExpensive.dollars();
    }
}
