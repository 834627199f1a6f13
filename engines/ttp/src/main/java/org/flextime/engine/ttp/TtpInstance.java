package org.flextime.engine.ttp;

import java.util.List;

/**
 * A Traveling Tournament Problem instance: teams, symmetric distance matrix and the streak and separation limits.
 *
 * @param name          instance name, e.g. NL8
 * @param teamNames     team names indexed by team id (0..n-1)
 * @param distance      distance[i][j] between the venues of team i and team j
 * @param maxStreak     most consecutive home (or away) games allowed (RobinX CA3 max, 3 in the classic TTP)
 * @param minSeparation least number of slots between the two meetings of a pair (RobinX SE1 min, 1 = no repeaters)
 */
public record TtpInstance(String name, List<String> teamNames, int[][] distance, int maxStreak, int minSeparation) {

    /** Validates the shape: an even number of teams and a square distance matrix. */
    public TtpInstance {
        teamNames = List.copyOf(teamNames);
        int n = teamNames.size();
        if (n < 2 || n % 2 != 0) {
            throw new IllegalArgumentException("TTP needs an even number of teams, got " + n);
        }
        if (distance.length != n) {
            throw new IllegalArgumentException("distance matrix has " + distance.length + " rows for " + n + " teams");
        }
        int[][] copy = new int[n][];
        for (int i = 0; i < n; i++) {
            if (distance[i].length != n) {
                throw new IllegalArgumentException("distance matrix row " + i + " has " + distance[i].length + " entries");
            }
            copy[i] = distance[i].clone();
        }
        distance = copy;
        if (maxStreak < 1) {
            throw new IllegalArgumentException("maxStreak must be positive, got " + maxStreak);
        }
    }

    /** Number of teams. */
    public int teams() {
        return teamNames.size();
    }

    /** Number of slots of the double round robin (2n-2). */
    public int slots() {
        return 2 * teams() - 2;
    }

    /** Distance between the venues of teams i and j. */
    public int distance(int i, int j) {
        return distance[i][j];
    }

    /** Mean distance between the venues of two different teams. */
    public double meanDistance() {
        int n = teams();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum += distance[i][j];
            }
        }
        return Math.max(1e-9, sum / (n * (n - 1.0)));
    }
}
