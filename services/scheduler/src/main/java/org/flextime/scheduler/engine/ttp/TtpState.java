package org.flextime.scheduler.engine.ttp;

import java.util.ArrayList;
import java.util.List;

/**
 * Mutable working schedule for local search: opponent and venue of every team in every round, with per-team
 * distance and violation counts kept up to date incrementally.
 *
 * <p>Every move only touches the teams it marks dirty; {@link #commitDirty()} recomputes just those teams and
 * {@link #undo()} re-applies the (self-inverse) move and restores their saved costs, so a rejected move costs
 * about as much as an accepted one and nothing is copied.
 */
final class TtpState {

    static final int SWAP_HOMES = 0;
    static final int SWAP_ROUNDS = 1;
    static final int SWAP_TEAMS = 2;
    static final int PARTIAL_SWAP_ROUNDS = 3;
    static final int PARTIAL_SWAP_TEAMS = 4;

    final int n;
    final int rounds;
    private final int maxStreak;
    private final boolean noRepeaters;
    private final int[][] d;
    /** Row-major copy of d for the hot loop. */
    private final int[] flat;
    private long costDist;
    private int costViol;
    final int[][] opp;
    final boolean[][] home;
    private final long[] teamDist;
    private final int[] teamViol;
    long dist;
    int viol;

    // Bookkeeping of the last move, so it can be undone.
    private final boolean[] dirty;
    private final int[] dirtyList;
    private int dirtyCount;
    private final long[] savedDist;
    private final int[] savedViol;
    private long savedTotalDist;
    private int savedTotalViol;
    private int lastType;
    private int lastA;
    private int lastB;
    private final int[] lastSet;
    private int lastSetSize;
    private final boolean[] mark;

    TtpState(TtpInstance instance) {
        n = instance.teams();
        rounds = instance.slots();
        maxStreak = instance.maxStreak();
        noRepeaters = instance.minSeparation() >= 1;
        d = new int[n][];
        for (int i = 0; i < n; i++) {
            d[i] = instance.distance()[i].clone();
        }
        flat = new int[n * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(d[i], 0, flat, i * n, n);
        }
        opp = new int[n][rounds];
        home = new boolean[n][rounds];
        teamDist = new long[n];
        teamViol = new int[n];
        dirty = new boolean[n];
        dirtyList = new int[n];
        savedDist = new long[n];
        savedViol = new int[n];
        lastSet = new int[Math.max(n, rounds)];
        mark = new boolean[Math.max(n, rounds)];
    }

    /** Copies the schedule and costs of another state of the same instance. */
    void copyFrom(TtpState other) {
        for (int t = 0; t < n; t++) {
            System.arraycopy(other.opp[t], 0, opp[t], 0, rounds);
            System.arraycopy(other.home[t], 0, home[t], 0, rounds);
            teamDist[t] = other.teamDist[t];
            teamViol[t] = other.teamViol[t];
        }
        dist = other.dist;
        viol = other.viol;
    }

    /** Recomputes every team's costs from scratch. */
    void recomputeAll() {
        dist = 0;
        viol = 0;
        for (int t = 0; t < n; t++) {
            teamCost(t);
            teamDist[t] = costDist;
            teamViol[t] = costViol;
            dist += teamDist[t];
            viol += teamViol[t];
        }
    }

    /**
     * Distance and violations of team t in one pass into costDist/costViol. Violations are the streak excess
     * (each game beyond the limit) plus one per repeater the team takes part in.
     */
    private void teamCost(int t) {
        if (rounds > Long.SIZE) {
            teamCostByRuns(t);
            return;
        }
        // Branch-free pass: legs and repeaters per round, venues packed into a bit mask whose streak excess is
        // counted with shifts, because the run-length branches of the plain loop mispredict on every venue change.
        int[] o = opp[t];
        boolean[] h = home[t];
        int[] dist = flat;
        int at = t;
        long sum = 0;
        int repeats = 0;
        long bits = 0;
        int prevOpp = -1;
        for (int r = 0; r < rounds; r++) {
            int or = o[r];
            boolean hr = h[r];
            int next = hr ? t : or;
            sum += dist[at * n + next];
            at = next;
            repeats += or == prevOpp ? 1 : 0;
            prevOpp = or;
            bits |= (hr ? 1L : 0L) << r;
        }
        long awayBits = ~bits & (rounds == Long.SIZE ? -1L : (1L << rounds) - 1);
        long homeRun = bits;
        long awayRun = awayBits;
        // After k steps bit r is set iff slots r..r+k share a venue: each such window is one game over the limit.
        for (int k = 1; k <= maxStreak && (homeRun | awayRun) != 0; k++) {
            homeRun &= bits >>> k;
            awayRun &= awayBits >>> k;
        }
        costDist = sum + dist[at * n + t];
        costViol = Long.bitCount(homeRun) + Long.bitCount(awayRun) + (noRepeaters ? repeats : 0);
    }

    /** Plain run-length version of {@link #teamCost(int)} for schedules longer than a bit mask. */
    private void teamCostByRuns(int t) {
        int[] o = opp[t];
        boolean[] h = home[t];
        int[] dist = flat;
        int base = t * n;
        boolean prevHome = h[0];
        int prevOpp = o[0];
        int at = prevHome ? t : prevOpp;
        long sum = dist[base + at];
        int v = 0;
        int run = 1;
        for (int r = 1; r < rounds; r++) {
            boolean hr = h[r];
            int or = o[r];
            int next = hr ? t : or;
            sum += dist[at * n + next];
            at = next;
            if (hr == prevHome) {
                if (++run > maxStreak) {
                    v++;
                }
            } else {
                run = 1;
            }
            if (or == prevOpp && noRepeaters) {
                v++;
            }
            prevHome = hr;
            prevOpp = or;
        }
        costDist = sum + dist[at * n + t];
        costViol = v;
    }

    private void beginMove(int type) {
        dirtyCount = 0;
        lastType = type;
    }

    private void touch(int t) {
        if (!dirty[t]) {
            dirty[t] = true;
            dirtyList[dirtyCount++] = t;
        }
    }

    /** Recomputes the dirty teams' costs, remembering the old ones for {@link #undo()}. */
    void commitDirty() {
        savedTotalDist = dist;
        savedTotalViol = viol;
        for (int k = 0; k < dirtyCount; k++) {
            int t = dirtyList[k];
            savedDist[t] = teamDist[t];
            savedViol[t] = teamViol[t];
            teamCost(t);
            long nd = costDist;
            int nv = costViol;
            dist += nd - teamDist[t];
            viol += nv - teamViol[t];
            teamDist[t] = nd;
            teamViol[t] = nv;
            dirty[t] = false;
        }
    }

    /** Reverts the last move; all moves are self-inverse given their recorded parameters. */
    void undo() {
        switch (lastType) {
            case SWAP_HOMES -> swapHomes(lastA, lastB);
            case SWAP_ROUNDS -> swapRounds(lastA, lastB);
            case SWAP_TEAMS -> swapTeams(lastA, lastB);
            case PARTIAL_SWAP_ROUNDS -> swapRoundsFor(lastA, lastB, lastSet, lastSetSize);
            case PARTIAL_SWAP_TEAMS -> swapTeamsAt(lastA, lastB, lastSet, lastSetSize);
            default -> throw new IllegalStateException("unknown move " + lastType);
        }
        // The re-application touched the same set of teams; restore their costs instead of recomputing.
        for (int k = 0; k < dirtyCount; k++) {
            int t = dirtyList[k];
            teamDist[t] = savedDist[t];
            teamViol[t] = savedViol[t];
            dirty[t] = false;
        }
        dist = savedTotalDist;
        viol = savedTotalViol;
    }

    /** Swaps the venues of both meetings of teams a and b. */
    void swapHomes(int a, int b) {
        beginMove(SWAP_HOMES);
        lastA = a;
        lastB = b;
        int[] oa = opp[a];
        for (int r = 0; r < rounds; r++) {
            if (oa[r] == b) {
                home[a][r] = !home[a][r];
                home[b][r] = !home[b][r];
            }
        }
        touch(a);
        touch(b);
    }

    /** Swaps two whole rounds. */
    void swapRounds(int r1, int r2) {
        beginMove(SWAP_ROUNDS);
        lastA = r1;
        lastB = r2;
        for (int t = 0; t < n; t++) {
            swapColumns(t, r1, r2);
            touch(t);
        }
    }

    /** Swaps the schedules of teams a and b, except their games against each other. */
    void swapTeams(int a, int b) {
        beginMove(SWAP_TEAMS);
        lastA = a;
        lastB = b;
        touch(a);
        touch(b);
        for (int r = 0; r < rounds; r++) {
            if (opp[a][r] != b) {
                swapTeamsInRound(a, b, r);
            }
        }
    }

    /**
     * Swaps rounds r1 and r2 for team t and, to keep the schedule a valid round robin, for the smallest set of
     * teams closed under "opponent in r1 or r2".
     */
    void partialSwapRounds(int t, int r1, int r2) {
        int size = 0;
        lastSet[size++] = t;
        mark[t] = true;
        for (int k = 0; k < size; k++) {
            int u = lastSet[k];
            int o1 = opp[u][r1];
            if (!mark[o1]) {
                mark[o1] = true;
                lastSet[size++] = o1;
            }
            int o2 = opp[u][r2];
            if (!mark[o2]) {
                mark[o2] = true;
                lastSet[size++] = o2;
            }
        }
        for (int k = 0; k < size; k++) {
            mark[lastSet[k]] = false;
        }
        swapRoundsFor(r1, r2, lastSet, size);
    }

    /**
     * Swaps the games of teams a and b in round r and then in the chain of rounds needed to keep every pair
     * meeting exactly once at each venue. Requires that a and b do not meet in round r.
     */
    void partialSwapTeams(int a, int b, int r) {
        int size = 0;
        int cur = r;
        while (true) {
            lastSet[size++] = cur;
            mark[cur] = true;
            // After the swap, a gets b's game of this round; find where a already plays it and swap there too.
            int o = opp[b][cur];
            boolean h = home[b][cur];
            int next = -1;
            for (int s = 0; s < rounds; s++) {
                if (opp[a][s] == o && home[a][s] == h) {
                    next = s;
                    break;
                }
            }
            if (next < 0 || mark[next]) {
                break;
            }
            cur = next;
        }
        for (int k = 0; k < size; k++) {
            mark[lastSet[k]] = false;
        }
        swapTeamsAt(a, b, lastSet, size);
    }

    private void swapRoundsFor(int r1, int r2, int[] teams, int size) {
        beginMove(PARTIAL_SWAP_ROUNDS);
        lastA = r1;
        lastB = r2;
        if (teams != lastSet) {
            System.arraycopy(teams, 0, lastSet, 0, size);
        }
        lastSetSize = size;
        for (int k = 0; k < size; k++) {
            swapColumns(lastSet[k], r1, r2);
            touch(lastSet[k]);
        }
    }

    private void swapTeamsAt(int a, int b, int[] roundList, int size) {
        beginMove(PARTIAL_SWAP_TEAMS);
        lastA = a;
        lastB = b;
        if (roundList != lastSet) {
            System.arraycopy(roundList, 0, lastSet, 0, size);
        }
        lastSetSize = size;
        touch(a);
        touch(b);
        for (int k = 0; k < size; k++) {
            swapTeamsInRound(a, b, lastSet[k]);
        }
    }

    private void swapColumns(int t, int r1, int r2) {
        int[] o = opp[t];
        int x = o[r1];
        o[r1] = o[r2];
        o[r2] = x;
        boolean[] h = home[t];
        boolean y = h[r1];
        h[r1] = h[r2];
        h[r2] = y;
    }

    private void swapTeamsInRound(int a, int b, int r) {
        int oa = opp[a][r];
        int ob = opp[b][r];
        boolean ha = home[a][r];
        opp[a][r] = ob;
        home[a][r] = home[b][r];
        opp[b][r] = oa;
        home[b][r] = ha;
        opp[oa][r] = b;
        opp[ob][r] = a;
        touch(oa);
        touch(ob);
    }

    /** The schedule as games. */
    List<TtpGame> games() {
        List<TtpGame> games = new ArrayList<>(n * rounds / 2);
        for (int t = 0; t < n; t++) {
            for (int r = 0; r < rounds; r++) {
                if (home[t][r]) {
                    games.add(new TtpGame(t, opp[t][r], r));
                }
            }
        }
        return games;
    }
}
