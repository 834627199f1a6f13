package org.flextime.engine.season.optimizer;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flextime.domain.Game;
import org.flextime.domain.Team;
import org.flextime.rules.RuleContext;

/**
 * The optimizer's travel objective, the one place its road-trip model lives: a team flies from campus to each road
 * meeting (a series is one meeting, {@link RuleContext#sequence}); it stays on the road to its next road meeting if
 * that starts within {@value #TRIP_DAYS} days of the last game (a road trip), else flies home first; home at the end.
 * Distances are great-circle miles between campuses.
 */
public final class RoadTrips {
    private static final double EARTH_RADIUS_MILES = 3958.8;
    /** Days between two road meetings up to which a team stays on the road instead of flying home. */
    public static final int TRIP_DAYS = 4;

    private final RuleContext context;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] miles;

    /** The model over the sport's participants. */
    public RoadTrips(RuleContext context, List<Team> teams) {
        this.context = context;
        miles = new double[teams.size()][teams.size()];
        for (int i = 0; i < teams.size(); i++) {
            index.put(teams.get(i).code(), i);
            for (int j = 0; j < teams.size(); j++) {
                miles[i][j] = haversine(teams.get(i), teams.get(j));
            }
        }
    }

    /** Great-circle miles between two campuses. */
    public static double haversine(Team a, Team b) {
        double p1 = Math.toRadians(a.latitude());
        double p2 = Math.toRadians(b.latitude());
        double dp = p2 - p1;
        double dl = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Miles between the campuses of two participants. */
    public double miles(String a, String b) {
        return miles[index.get(a)][index.get(b)];
    }

    /** The team's miles over its games in date order, rounded. */
    public long miles(String team, List<Game> games) {
        List<List<Game>> meetings = context.sequence(team, games);
        double total = 0;
        String at = team;
        for (int m = 0; m < meetings.size(); m++) {
            List<Game> meeting = meetings.get(m);
            if (!meeting.get(0).away().equals(team)) {
                continue;
            }
            String host = meeting.get(0).home();
            total += miles(at, host);
            at = host;
            List<Game> next = m + 1 < meetings.size() ? meetings.get(m + 1) : null;
            boolean stay = next != null && next.get(0).away().equals(team)
                    && ChronoUnit.DAYS.between(meeting.get(meeting.size() - 1).date(), next.get(0).date()) <= TRIP_DAYS;
            if (!stay) {
                total += miles(at, team);
                at = team;
            }
        }
        return Math.round(total);
    }
}
