package org.flextime.engine.season;

import java.util.ArrayList;
import java.util.List;

/**
 * The circle method: with one team fixed and the others rotating, m teams (m even) give m-1 rounds in which
 * every team plays once and every pair meets exactly once. An odd number of teams gets a phantom team,
 * whose opponent in a round has a bye.
 */
final class CircleMethod {
    private CircleMethod() {
    }

    /**
     * Rounds of pairs of team indices for the given circle order (order[i] = team index at position i).
     * Pairs with the phantom (odd counts) are left out, so such rounds hold (n-1)/2 pairs.
     */
    static List<List<int[]>> rounds(int[] order) {
        int n = order.length;
        int m = n % 2 == 0 ? n : n + 1;
        int phantom = -1;
        int ring = m - 1;
        List<List<int[]>> rounds = new ArrayList<>();
        for (int r = 0; r < ring; r++) {
            List<int[]> pairs = new ArrayList<>();
            int fixed = m - 1 < n ? order[m - 1] : phantom;
            addPair(pairs, fixed, order[r]);
            for (int k = 1; k < m / 2; k++) {
                addPair(pairs, at(order, Math.floorMod(r + k, ring)), at(order, Math.floorMod(r - k, ring)));
            }
            rounds.add(pairs);
        }
        return rounds;
    }

    private static int at(int[] order, int pos) {
        return pos < order.length ? order[pos] : -1;
    }

    private static void addPair(List<int[]> pairs, int a, int b) {
        if (a >= 0 && b >= 0) {
            pairs.add(new int[] {a, b});
        }
    }
}
