package org.flextime.engine.ttp;

import java.util.List;

/**
 * A Traveling Tournament Problem instance: teams, their travel and the streak and separation limits.
 *
 * @param name          instance name, e.g. NL8
 * @param teamNames     team names indexed by team id (0..n-1)
 * @param travel        distances between the teams' venues
 * @param maxStreak     most consecutive home (or away) games allowed (RobinX CA3 max, 3 in the classic TTP)
 * @param minSeparation least number of slots between the two meetings of a pair (RobinX SE1 min, 1 = no repeaters)
 */
public record TtpInstance(String name, List<String> teamNames, TtpTravel travel, int maxStreak, int minSeparation) {

    /** Validates the shape: an even number of teams, each with a venue in the travel model. */
    public TtpInstance {
        teamNames = List.copyOf(teamNames);
        int n = teamNames.size();
        if (n < 2 || n % 2 != 0) {
            throw new IllegalArgumentException("TTP needs an even number of teams, got " + n);
        }
        if (travel.teams() != n) {
            throw new IllegalArgumentException("travel covers " + travel.teams() + " venues for " + n + " teams");
        }
        if (maxStreak < 1) {
            throw new IllegalArgumentException("maxStreak must be positive, got " + maxStreak);
        }
    }

    /** An instance over a square distance matrix (copied). */
    public TtpInstance(String name, List<String> teamNames, int[][] distance, int maxStreak, int minSeparation) {
        this(name, teamNames, TtpTravel.of(distance), maxStreak, minSeparation);
    }

    /** Number of teams. */
    public int teams() {
        return teamNames.size();
    }

    /** Number of slots of the double round robin (2n-2). */
    public int slots() {
        return 2 * teams() - 2;
    }
}
