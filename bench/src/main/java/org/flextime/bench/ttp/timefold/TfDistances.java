package org.flextime.bench.ttp.timefold;

/** Immutable distance matrix plus the season length, shared by every match of a Timefold TTP model. */
public final class TfDistances {

    private final int[][] distance;
    private final int rounds;

    /** Wraps the instance's matrix (not copied: callers hand over a private copy). */
    public TfDistances(int[][] distance, int rounds) {
        this.distance = distance;
        this.rounds = rounds;
    }

    /** Distance between the venues of teams a and b. */
    public int between(int a, int b) {
        return distance[a][b];
    }

    /** Number of rounds (2n-2). */
    public int rounds() {
        return rounds;
    }
}
