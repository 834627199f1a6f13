package org.flextime.engine.travel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flextime.domain.FareSource;
import org.flextime.domain.Game;
import org.flextime.domain.RoadTripRule;
import org.flextime.domain.RoadTrips;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.domain.Team;
import org.flextime.domain.Trip;

/**
 * What a sport's schedule costs in travel, by the one road-trip model ({@link RoadTrips}) priced for the sport's
 * travel party: per team and for the conference ({@link #summarize}), in dollars alone ({@link #dollars}), and as the
 * naive baseline a schedule is judged against ({@link #naiveDollars}): every away visit its own round trip from
 * campus, by the cheapest mode.
 */
public final class SeasonTravel {
    /** Date order, then id: the order the optimizer and the road-trip model read a team's games in. */
    public static final Comparator<Game> BY_DATE = Comparator.comparing(Game::date).thenComparing(Game::id);
    /** A rule that ends every trip after one stop: a series stays one visit, no two hosts share a trip. */
    private static final RoadTripRule ONE_STOP = new RoadTripRule(1, 1);

    private final Season season;
    private final Sport sport;
    private final RoadTrips trips;
    private final RoadTrips naive;
    private final double dollarsPerMile;

    /** The sport's travel priced by the season's table. */
    public SeasonTravel(Season season, Sport sport) {
        this(season, sport, FareSource.TABLE);
    }

    /** The sport's travel priced by the given source. */
    public SeasonTravel(Season season, Sport sport, FareSource prices) {
        this.season = season;
        this.sport = sport;
        this.trips = RoadTrips.forSport(season, sport, prices);
        this.naive = new RoadTrips(ONE_STOP, season.teams().values(), season.travelCosts(),
                season.travelCosts().party(sport.code()), prices);
        this.dollarsPerMile = trips.dollarsPerMile(season.participants(sport).stream().map(Team::code).toList());
    }

    /** The model this sport's travel is measured by. */
    public RoadTrips model() {
        return trips;
    }

    /** The schedule's dollars over all teams; a game naming an unknown team is rejected. */
    public long dollars(List<Game> games) {
        return byTeam(games).entrySet().stream().mapToLong(e -> trips.dollars(e.getKey(), e.getValue())).sum();
    }

    /**
     * The schedule's travel cost over all teams: each team's dollars in miles' worth at the sport's average price of a
     * mile ({@link RoadTrips#cost}), the figure the season optimizer minimises and the reported quality deducts for.
     */
    public long cost(List<Game> games) {
        return byTeam(games).entrySet().stream().mapToLong(e -> trips.cost(e.getKey(), e.getValue(), dollarsPerMile)).sum();
    }

    /** The naive baseline's dollars for the same games: every away visit a round trip of its own. */
    public long naiveDollars(List<Game> games) {
        return byTeam(games).entrySet().stream().mapToLong(e -> naive.dollars(e.getKey(), e.getValue())).sum();
    }

    /** Every participant's travel and the conference's totals. */
    public TravelSummary summarize(List<Game> games) {
        Map<String, List<Game>> byTeam = byTeam(games);
        List<TeamTravel> teams = new ArrayList<>();
        for (Team t : season.participants(sport)) {
            List<Game> own = byTeam.getOrDefault(t.code(), List.of());
            List<Trip> list = trips.trips(t.code(), own);
            teams.add(new TeamTravel(t.code(), trips.dollars(t.code(), own), trips.miles(t.code(), own),
                    list.stream().mapToDouble(Trip::hours).sum(), list.stream().mapToInt(Trip::zoneCrossings).sum(),
                    list.stream().mapToInt(Trip::nightsAway).sum(), list));
        }
        if (teams.isEmpty()) {
            throw new IllegalArgumentException(sport.code() + " has no participants");
        }
        TeamTravel most = teams.get(0);
        TeamTravel least = teams.get(0);
        for (TeamTravel t : teams) {
            most = t.dollars() > most.dollars() ? t : most;
            least = t.dollars() < least.dollars() ? t : least;
        }
        return new TravelSummary(sport.code(), season.travelCosts().currency(), season.travelCosts().party(sport.code()),
                teams, teams.stream().mapToLong(TeamTravel::dollars).sum(), teams.stream().mapToLong(TeamTravel::miles).sum(),
                teams.stream().mapToDouble(TeamTravel::hours).sum(), teams.stream().mapToInt(TeamTravel::zoneCrossings).sum(),
                teams.stream().mapToInt(t -> t.trips().size()).sum(), most, least);
    }

    /** Each team's games in date order; rejects a game naming a team the season does not know. */
    static Map<String, List<Game>> byTeam(List<Game> games, Season season) {
        Map<String, List<Game>> out = new HashMap<>();
        for (Game g : games) {
            for (String t : List.of(g.home(), g.away())) {
                if (!season.teams().containsKey(t)) {
                    throw new IllegalArgumentException(g.id() + ": unknown team " + t);
                }
                out.computeIfAbsent(t, k -> new ArrayList<>()).add(g);
            }
        }
        out.values().forEach(l -> l.sort(BY_DATE));
        return out;
    }

    private Map<String, List<Game>> byTeam(List<Game> games) {
        return byTeam(games, season);
    }
}
