package org.flextime.travel.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flextime.domain.Game;
import org.flextime.domain.RoadTrips;
import org.flextime.domain.Season;

/**
 * The travel of a schedule as the travel service reports it: each team's games in date order (then id, as the
 * optimizer orders them) measured by the season's road-trip model ({@link RoadTrips}), the one the optimizer
 * minimises, so a schedule's reported miles are the miles that were optimized. Teams without games are absent.
 */
public final class TravelCalculator {
    private static final Comparator<Game> BY_DATE = Comparator.comparing(Game::date).thenComparing(Game::id);

    private final Set<String> teams;
    private final RoadTrips trips;

    /** A calculator over the season's teams under its road-trip rule. */
    public TravelCalculator(Season season) {
        this.teams = Set.copyOf(season.teams().keySet());
        this.trips = new RoadTrips(season.roadTrips(), season.teams().values());
    }

    /** Whole miles per team (by code) and in total for the games; a game naming an unknown team is rejected. */
    public TravelReport miles(List<Game> games) {
        Map<String, List<Game>> byTeam = new TreeMap<>();
        for (Game g : games) {
            for (String t : List.of(g.home(), g.away())) {
                if (!teams.contains(t)) {
                    throw new IllegalArgumentException(g.id() + ": unknown team " + t);
                }
            }
            byTeam.computeIfAbsent(g.home(), k -> new ArrayList<>()).add(g);
            byTeam.computeIfAbsent(g.away(), k -> new ArrayList<>()).add(g);
        }
        Map<String, Long> perTeam = new LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, List<Game>> e : byTeam.entrySet()) {
            List<Game> ordered = new ArrayList<>(e.getValue());
            ordered.sort(BY_DATE);
            long miles = trips.miles(e.getKey(), ordered);
            perTeam.put(e.getKey(), miles);
            total += miles;
        }
        return new TravelReport(perTeam, total);
    }
}
