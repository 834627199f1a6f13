package org.flextime.rules.robinx;

import java.util.Arrays;

/** Travel distances between team venues (TTP); size 0 when the instance has none. */
public final class DistanceMatrix {

    private final long[][] distances;

    private DistanceMatrix(long[][] distances) {
        this.distances = distances;
    }

    /** A matrix with no entries, for instances without travel data. */
    public static DistanceMatrix empty() {
        return new DistanceMatrix(new long[0][0]);
    }

    /** A copy of the given square matrix. */
    public static DistanceMatrix of(long[][] distances) {
        long[][] copy = new long[distances.length][];
        for (int i = 0; i < distances.length; i++) {
            if (distances[i].length != distances.length) {
                throw new IllegalArgumentException("distance matrix must be square");
            }
            copy[i] = distances[i].clone();
        }
        return new DistanceMatrix(copy);
    }

    /** Number of teams covered (0 when empty). */
    public int size() {
        return distances.length;
    }

    /** True when the instance carries no distances. */
    public boolean isEmpty() {
        return distances.length == 0;
    }

    /** Distance from the venue of team {@code from} to the venue of team {@code to}. */
    public long distance(int from, int to) {
        return distances[from][to];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DistanceMatrix that && Arrays.deepEquals(distances, that.distances);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(distances);
    }

    @Override
    public String toString() {
        return "DistanceMatrix[size=" + distances.length + "]";
    }
}
