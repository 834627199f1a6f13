package org.flextime.travel.engine;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flextime.domain.Game;
import org.flextime.domain.Team;

/**
 * Great-circle travel of a schedule. Every game is played at the home team's campus (coordinates from
 * schools.csv); distances are haversine miles on a sphere of radius 3958.8 miles. Each team starts at home
 * and, in date order, travels from where it is to each game's site. After an away game it stays on the road
 * and goes straight to its next away game when that game is at most {@value #ROAD_TRIP_DAYS} days later (a
 * road trip); otherwise it goes home first. It returns home after its last game. Teams without games travel 0.
 */
public final class TravelCalculator {
    /** Earth's mean radius in statute miles. */
    public static final double EARTH_RADIUS_MILES = 3958.8;
    /** The longest gap, in days, between two away games that a team spends on the road rather than at home. */
    public static final int ROAD_TRIP_DAYS = 3;

    private final Map<String, Team> teams;

    /** A calculator over the given teams, keyed by team code. */
    public TravelCalculator(Map<String, Team> teams) {
        this.teams = Map.copyOf(teams);
    }

    /** Miles per team and in total for the games; a game naming an unknown team is rejected. */
    public TravelReport miles(List<Game> games) {
        Map<String, List<Game>> byTeam = new LinkedHashMap<>();
        for (Game g : games) {
            for (String t : List.of(g.home(), g.away())) {
                if (!teams.containsKey(t)) {
                    throw new IllegalArgumentException(g.id() + ": unknown team " + t);
                }
                byTeam.computeIfAbsent(t, k -> new ArrayList<>()).add(g);
            }
        }
        Map<String, Double> perTeam = new LinkedHashMap<>();
        double total = 0;
        for (String code : byTeam.keySet().stream().sorted().toList()) {
            double miles = teamMiles(code, byTeam.get(code));
            perTeam.put(code, miles);
            total += miles;
        }
        return new TravelReport(perTeam, total);
    }

    private double teamMiles(String code, List<Game> games) {
        List<Game> ordered = new ArrayList<>(games);
        ordered.sort(Comparator.comparing(Game::date).thenComparing(Game::id));
        Team home = teams.get(code);
        Team at = home;
        LocalDate lastAwayDate = null;
        double miles = 0;
        for (Game g : ordered) {
            Team site = teams.get(g.home());
            boolean away = !g.home().equals(code);
            boolean onTheRoad = !at.code().equals(code);
            if (onTheRoad && !(away && lastAwayDate != null
                    && ChronoUnit.DAYS.between(lastAwayDate, g.date()) <= ROAD_TRIP_DAYS)) {
                miles += distance(at, home);
                at = home;
            }
            miles += distance(at, site);
            at = site;
            lastAwayDate = away ? g.date() : null;
        }
        return miles + distance(at, home);
    }

    /** Haversine great-circle miles between two teams' campuses. */
    public static double distance(Team a, Team b) {
        return haversineMiles(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    /** Haversine great-circle miles between two points given in degrees. */
    public static double haversineMiles(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
