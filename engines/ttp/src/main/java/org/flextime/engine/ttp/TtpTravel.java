package org.flextime.engine.ttp;

import org.flextime.rules.itc.TravelDistance;

/**
 * The TTP solver's dense view of the one travel model, {@link TravelDistance}: legs in a flat array for the search's
 * delta evaluations, and a team's season measured by that model's definition. The evaluator, the search state, the
 * bounds, the beam and the benchmark baselines all measure travel here, so they cannot disagree with the ITC2021
 * evaluator.
 */
public final class TtpTravel {

    private final int teams;
    /** Row-major: the leg from venue i to venue j is {@code legs[i * teams + j]}. */
    private final int[] legs;
    private final TravelDistance definition;

    private TtpTravel(int teams, int[] legs) {
        this.teams = teams;
        this.legs = legs;
        this.definition = new TravelDistance(this::leg);
    }

    /** A copy of a square matrix: {@code distance[i][j]} is the leg from team i's venue to team j's. */
    public static TtpTravel of(int[][] distance) {
        int n = distance.length;
        int[] legs = new int[n * n];
        for (int i = 0; i < n; i++) {
            if (distance[i].length != n) {
                throw new IllegalArgumentException("distance matrix row " + i + " has " + distance[i].length
                        + " entries for " + n + " teams");
            }
            System.arraycopy(distance[i], 0, legs, i * n, n);
        }
        return new TtpTravel(n, legs);
    }

    /** Number of teams (venues). */
    public int teams() {
        return teams;
    }

    /**
     * The legs themselves, row-major and not copied, for the search state's innermost loop only (it must not write
     * them): measured, summing a season through {@link #season} there costs the annealer about a tenth of its moves.
     */
    int[] flatLegs() {
        return legs;
    }

    /** Distance of the leg from the venue of team {@code from} to the venue of team {@code to}. */
    public int leg(int from, int to) {
        return legs[from * teams + to];
    }

    /**
     * Travel of {@code team} over its first {@code games} games: in game g it plays {@code opponents[g]}, at home
     * when {@code atHome[g]}; it starts at home and returns home after the last one.
     */
    public long season(int team, int[] opponents, boolean[] atHome, int games) {
        return definition.season(team, games, g -> atHome[g] ? team : opponents[g]);
    }

    /** Mean leg between the venues of two different teams (never 0, so it can scale other figures). */
    public double meanLeg() {
        double sum = 0;
        for (int leg : legs) {
            sum += leg;
        }
        return Math.max(1e-9, sum / (teams * (teams - 1.0)));
    }
}
