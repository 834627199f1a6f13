package org.flextime.rules.robinx;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Travel distances between team venues (TTP); size 0 when the instance has none. Only the pairs a document gives
 * are stored, so memory follows the document's length and not the square of its team count.
 */
public final class DistanceMatrix {

    private static final DistanceMatrix EMPTY = new DistanceMatrix(0, Map.of());

    private final int size;
    /** Distance by {@code from * size + to}, in that order, so writing the matrix back keeps the pair order. */
    private final Map<Long, Long> entries;

    private DistanceMatrix(int size, Map<Long, Long> entries) {
        this.size = size;
        this.entries = entries;
    }

    /** A matrix with no entries, for instances without travel data. */
    public static DistanceMatrix empty() {
        return EMPTY;
    }

    /** A copy of the given square matrix: every pair is given. */
    public static DistanceMatrix of(long[][] distances) {
        Builder builder = new Builder(distances.length);
        for (int i = 0; i < distances.length; i++) {
            if (distances[i].length != distances.length) {
                throw new IllegalArgumentException("distance matrix must be square");
            }
            for (int j = 0; j < distances.length; j++) {
                builder.put(i, j, distances[i][j]);
            }
        }
        return builder.build();
    }

    /** Number of teams covered (0 when empty). */
    public int size() {
        return size;
    }

    /** True when the instance carries no distances. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Whether the document gave the distance from {@code from} to {@code to}. */
    public boolean contains(int from, int to) {
        return inRange(from, to) && entries.containsKey(key(from, to));
    }

    /** Distance from the venue of team {@code from} to the venue of team {@code to}; 0 for a pair not given. */
    public long distance(int from, int to) {
        if (!inRange(from, to)) {
            throw new IndexOutOfBoundsException("no team " + from + " or " + to + " among " + size);
        }
        return entries.getOrDefault(key(from, to), 0L);
    }

    /** Receives one given pair. */
    @FunctionalInterface
    public interface PairVisitor {
        /** Called once per given pair, in order of {@code from}, then {@code to}. */
        void visit(int from, int to, long distance);
    }

    /** Visits the given pairs in order of {@code from}, then {@code to}. */
    public void forEachPair(PairVisitor visitor) {
        entries.forEach((key, distance) -> visitor.visit((int) (key / size), (int) (key % size), distance));
    }

    private boolean inRange(int from, int to) {
        return from >= 0 && from < size && to >= 0 && to < size;
    }

    private long key(int from, int to) {
        return (long) from * size + to;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DistanceMatrix that && size == that.size && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return Objects.hash(size, entries);
    }

    @Override
    public String toString() {
        return "DistanceMatrix[size=" + size + ", pairs=" + entries.size() + "]";
    }

    /** Collects given pairs for a matrix over a fixed number of teams; a pair given twice keeps the last value. */
    public static final class Builder {

        private final int size;
        private final TreeMap<Long, Long> entries = new TreeMap<>();

        /** A builder for {@code size} teams. */
        public Builder(int size) {
            if (size < 0) {
                throw new IllegalArgumentException("negative team count " + size);
            }
            this.size = size;
        }

        /** Records the distance from {@code from} to {@code to}. */
        public Builder put(int from, int to, long distance) {
            if (from < 0 || from >= size || to < 0 || to >= size) {
                throw new IndexOutOfBoundsException("no team " + from + " or " + to + " among " + size);
            }
            entries.put((long) from * size + to, distance);
            return this;
        }

        /** The matrix, or {@link #empty()} when no pair was given. */
        public DistanceMatrix build() {
            return entries.isEmpty() ? EMPTY : new DistanceMatrix(size, new TreeMap<>(entries));
        }
    }
}
