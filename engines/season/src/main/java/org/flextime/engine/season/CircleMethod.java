package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The circle method: with one team fixed and the others rotating, m teams (m even) give m-1 rounds in which every
 * team plays once and every pair meets exactly once. An odd number of teams gets a phantom team, whose opponent in a
 * round has a bye.
 */
final class CircleMethod {
    private CircleMethod() {
    }

    /**
     * Rounds of pairings for the given circle order (order[i] = team index at position i). Pairings with the phantom
     * (odd counts) are left out, so such rounds hold (n-1)/2 pairings.
     */
    static List<List<Pairing>> rounds(int[] order) {
        int n = order.length;
        int m = n % 2 == 0 ? n : n + 1;
        int phantom = -1;
        int ring = m - 1;
        List<List<Pairing>> rounds = new ArrayList<>();
        for (int r = 0; r < ring; r++) {
            List<Pairing> pairs = new ArrayList<>();
            int fixed = m - 1 < n ? order[m - 1] : phantom;
            addPair(pairs, fixed, order[r]);
            for (int k = 1; k < m / 2; k++) {
                addPair(pairs, at(order, Math.floorMod(r + k, ring)), at(order, Math.floorMod(r - k, ring)));
            }
            rounds.add(pairs);
        }
        return rounds;
    }

    /** A uniformly shuffled circle order of n teams. */
    static int[] shuffledOrder(int n, Random random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            swap(order, i, random.nextInt(i + 1));
        }
        return order;
    }

    /** Exchanges two positions of a circle order. */
    static void swap(int[] order, int i, int j) {
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
    }

    private static int at(int[] order, int pos) {
        return pos < order.length ? order[pos] : -1;
    }

    private static void addPair(List<Pairing> pairs, int a, int b) {
        if (a >= 0 && b >= 0) {
            pairs.add(new Pairing(a, b));
        }
    }
}
