package org.flextime.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexTime's one road-trip model: the miles a team travels over its games, which the optimizer minimises and the
 * travel service reports. Every game is played on the home team's campus and distances are great-circle miles
 * between campuses ({@link Coordinates}). A team starts at home; games at home bring it home first. Its away games
 * fall into stops: consecutive away games at the same host, each at most {@link RoadTripRule#maxGapDays} after the
 * one before, are one stop (a series or a doubleheader is one visit, and no limit splits it). From one stop the
 * team travels straight to the next when the next stop is away, begins at most {@code maxGapDays} after the last
 * game of this one, and ends within {@link RoadTripRule#maxDaysAway} game days of the trip's first game; otherwise
 * it flies home in between. It goes home after its last game.
 *
 * <p>This is the rule a travel office works by: a short gap is cheaper spent on the road than on two extra flights,
 * a long one is spent at home, and no trip keeps students away from campus past a set number of days. Miles are
 * rounded to whole miles per team, so the optimizer's integer score and the reported figures are the same numbers.
 * The distances are computed once per model; a team's miles take one pass over its games, fast enough for the
 * optimizer, which asks again for each team each move touches.
 */
public final class RoadTrips {
    private final RoadTripRule rule;
    private final Map<String, Integer> index = new HashMap<>();
    private final double[][] miles;

    /** The model over the given teams (keyed by code) under the rule. */
    public RoadTrips(RoadTripRule rule, Collection<Team> teams) {
        this.rule = rule;
        List<Team> list = List.copyOf(teams);
        miles = new double[list.size()][list.size()];
        for (int i = 0; i < list.size(); i++) {
            index.put(list.get(i).code(), i);
            for (int j = 0; j < list.size(); j++) {
                miles[i][j] = list.get(i).campus().milesTo(list.get(j).campus());
            }
        }
    }

    /** The rule this model applies. */
    public RoadTripRule rule() {
        return rule;
    }

    /** Great-circle miles between the campuses of two of the model's teams. */
    public double miles(String a, String b) {
        return miles[at(a)][at(b)];
    }

    /** The team's miles, rounded, over its games given in date order; a game naming an unknown team is rejected. */
    public long miles(String team, List<Game> games) {
        int home = at(team);
        int where = home;
        LocalDate tripStart = null;
        LocalDate lastGame = null;
        double total = 0;
        int i = 0;
        while (i < games.size()) {
            Game g = games.get(i);
            if (!g.away().equals(team)) {
                total += miles[where][home];
                where = home;
                lastGame = g.date();
                i++;
                continue;
            }
            int host = at(g.home());
            int end = stopEnd(games, i, team);
            LocalDate stopLast = games.get(end - 1).date();
            if (where != home && !(gap(lastGame, g.date()) <= rule.maxGapDays()
                    && gap(tripStart, stopLast) + 1 <= rule.maxDaysAway())) {
                total += miles[where][home];
                where = home;
            }
            if (where == home) {
                tripStart = g.date();
            }
            total += miles[where][host];
            where = host;
            lastGame = stopLast;
            i = end;
        }
        return Math.round(total + miles[where][home]);
    }

    /** The index after the last game of the stop that starts at {@code first}, an away game of the team. */
    private int stopEnd(List<Game> games, int first, String team) {
        String host = games.get(first).home();
        int end = first + 1;
        while (end < games.size() && games.get(end).away().equals(team) && games.get(end).home().equals(host)
                && gap(games.get(end - 1).date(), games.get(end).date()) <= rule.maxGapDays()) {
            end++;
        }
        return end;
    }

    private static long gap(LocalDate from, LocalDate to) {
        return to.toEpochDay() - from.toEpochDay();
    }

    private int at(String team) {
        Integer i = index.get(team);
        if (i == null) {
            throw new IllegalArgumentException("unknown team " + team);
        }
        return i;
    }
}
