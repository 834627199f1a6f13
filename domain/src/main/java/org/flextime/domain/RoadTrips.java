package org.flextime.domain;

import java.time.LocalDate;
import java.util.ArrayList;
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
 *
 * <p>The same walk prices the season: each leg goes by the cheapest mode the season's cost table ({@link TravelCosts})
 * offers the sport's travel party ({@link #forSport}); legs are priced once per pair of campuses, so {@link #dollars} is
 * as fast as {@link #miles}, and {@link #trips} lists the trips as a travel office books them.
 */
public final class RoadTrips {
    private final RoadTripRule rule;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Team> teams;
    private final double[][] miles;
    private final double[][] dollars;
    private final TravelLeg[][] legs;

    /** The miles model over the given teams (keyed by code) under the rule, priced by the reference table. */
    public RoadTrips(RoadTripRule rule, Collection<Team> teams) {
        this(rule, teams, TravelCosts.REFERENCE, TravelCosts.DEFAULT_PARTY, FareSource.TABLE);
    }

    /**
     * The model over the given teams under the rule, each leg by the cheapest mode of {@code costs} for a party of
     * {@code party} at the prices {@code prices} quotes; throws {@link IllegalArgumentException} naming a leg no mode
     * serves.
     */
    public RoadTrips(RoadTripRule rule, Collection<Team> teams, TravelCosts costs, int party, FareSource prices) {
        this.rule = rule;
        this.teams = List.copyOf(teams);
        int n = this.teams.size();
        miles = new double[n][n];
        dollars = new double[n][n];
        legs = new TravelLeg[n][n];
        // zones are recomputed per travel date in trips(); the prices and modes do not depend on the date
        LocalDate anyDay = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < n; i++) {
            index.put(this.teams.get(i).code(), i);
            for (int j = 0; j < n; j++) {
                miles[i][j] = this.teams.get(i).campus().milesTo(this.teams.get(j).campus());
                legs[i][j] = costs.leg(this.teams.get(i), this.teams.get(j), anyDay, party, prices);
                dollars[i][j] = legs[i][j].dollars();
            }
        }
    }

    /** The model of a sport of the season: its road-trip rule, its cost table and the sport's travel party. */
    public static RoadTrips forSport(Season season, Sport sport) {
        return forSport(season, sport, FareSource.TABLE);
    }

    /** {@link #forSport(Season, Sport)} with prices from the given source. */
    public static RoadTrips forSport(Season season, Sport sport, FareSource prices) {
        return new RoadTrips(season.roadTrips(), season.teams().values(), season.travelCosts(),
                season.travelCosts().party(sport.code()), prices);
    }

    /** The rule this model applies. */
    public RoadTripRule rule() {
        return rule;
    }

    /** Great-circle miles between the campuses of two of the model's teams. */
    public double miles(String a, String b) {
        return miles[at(a)][at(b)];
    }

    /** The leg from one team's campus to another's (its zones as on 1 January; {@link #trips} dates them). */
    public TravelLeg leg(String from, String to) {
        return legs[at(from)][at(to)];
    }

    /** The team's miles, rounded, over its games given in date order; a game naming an unknown team is rejected. */
    public long miles(String team, List<Game> games) {
        double[] total = {0};
        walk(team, games, (from, to, day) -> total[0] += miles[from][to]);
        return Math.round(total[0]);
    }

    /** The team's travel dollars, rounded, over its games given in date order. */
    public long dollars(String team, List<Game> games) {
        double[] total = {0};
        walk(team, games, (from, to, day) -> total[0] += dollars[from][to]);
        return Math.round(total[0]);
    }

    /**
     * The average price of a mile over the legs between these teams' campuses, each way (1 when no leg has a mile): the
     * price of a mile's worth of the sport's travel, which puts dollars in the currency the rule weights are set in.
     */
    public double dollarsPerMile(Collection<String> codes) {
        double m = 0;
        double d = 0;
        for (String a : codes) {
            for (String b : codes) {
                m += miles[at(a)][at(b)];
                d += dollars[at(a)][at(b)];
            }
        }
        return m == 0 ? 1 : d / m;
    }

    /**
     * The team's travel cost over its games given in date order: its dollars in miles' worth at {@code dollarsPerMile}
     * ({@link #dollarsPerMile}), rounded. The one travel cost: what the season optimizer minimises by default and the
     * reported quality deducts for ({@link QualityInputs#travelCost}).
     */
    public long cost(String team, List<Game> games, double dollarsPerMile) {
        double[] total = {0};
        walk(team, games, (from, to, day) -> total[0] += dollars[from][to]);
        return Math.round(total[0] / dollarsPerMile);
    }

    /** The team's trips over its games given in date order, each leg with the time zones crossed on its day. */
    public List<Trip> trips(String team, List<Game> games) {
        int home = at(team);
        List<Trip> out = new ArrayList<>();
        List<String> stops = new ArrayList<>();
        List<TravelLeg> tripLegs = new ArrayList<>();
        LocalDate[] first = {null};
        walk(team, games, (from, to, day) -> {
            TravelLeg l = legs[from][to];
            tripLegs.add(new TravelLeg(l.miles(), l.roadMiles(), l.mode(), l.dollars(), l.hours(),
                    TravelLeg.zonesBetween(teams.get(from).timeZone(), teams.get(to).timeZone(), day)));
            if (from == home) {
                first[0] = day;
            }
            if (to == home) {
                out.add(new Trip(team, stops, first[0], day, tripLegs));
                stops.clear();
                tripLegs.clear();
            } else {
                stops.add(teams.get(to).code());
            }
        });
        return List.copyOf(out);
    }

    /** One leg of a team's travel: from one campus to another (by index) for a game on, or after a game on, {@code day}. */
    @FunctionalInterface
    private interface Legs {
        void leg(int from, int to, LocalDate day);
    }

    /** Walks the team's games, reporting every leg it travels (none for staying put), home last. */
    private void walk(String team, List<Game> games, Legs out) {
        int home = at(team);
        int where = home;
        LocalDate tripStart = null;
        LocalDate lastGame = null;
        int i = 0;
        while (i < games.size()) {
            Game g = games.get(i);
            if (!g.away().equals(team)) {
                if (where != home) {
                    out.leg(where, home, lastGame);
                }
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
                out.leg(where, home, lastGame);
                where = home;
            }
            if (where == home) {
                tripStart = g.date();
            }
            if (where != host) {
                out.leg(where, host, g.date());
            }
            where = host;
            lastGame = stopLast;
            i = end;
        }
        if (where != home) {
            out.leg(where, home, lastGame);
        }
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
