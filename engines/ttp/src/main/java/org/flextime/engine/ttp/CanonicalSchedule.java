package org.flextime.engine.ttp;

import java.util.Random;

/**
 * Builds the starting schedule: the polygon (circle-method) single round robin, mirrored with venues swapped for
 * the second half, with venues alternating so that most teams have few breaks, under a random team relabelling.
 */
final class CanonicalSchedule {

    private CanonicalSchedule() {
    }

    /** Fills the state with a mirrored canonical double round robin and recomputes its costs. */
    static void fill(TtpState state, Random random) {
        int n = state.n;
        int half = n - 1;
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = label[i];
            label[i] = label[j];
            label[j] = x;
        }
        for (int r = 0; r < half; r++) {
            // The fixed vertex n-1 meets r; alternating its venue by round avoids long streaks for it.
            place(state, label, r, n - 1, r, r % 2 == 0);
            for (int k = 1; k < n / 2; k++) {
                int a = (r + k) % half;
                int b = (r - k + half) % half;
                place(state, label, r, a, b, k % 2 == 1);
            }
        }
        state.recomputeAll();
    }

    private static void place(TtpState s, int[] label, int r, int a, int b, boolean aHome) {
        int x = label[a];
        int y = label[b];
        int mirror = r + s.n - 1;
        s.opp[x][r] = y;
        s.opp[y][r] = x;
        s.home[x][r] = aHome;
        s.home[y][r] = !aHome;
        s.opp[x][mirror] = y;
        s.opp[y][mirror] = x;
        s.home[x][mirror] = !aHome;
        s.home[y][mirror] = aHome;
    }
}
