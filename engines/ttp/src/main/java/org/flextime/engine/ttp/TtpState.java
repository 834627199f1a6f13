package org.flextime.engine.ttp;

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
    /** The travel's legs, row-major, for the hot loop (see {@link TtpTravel#flatLegs()}). */
    private final int[] flat;
    private long costDist;
    private int costViol;
    private long costBits;
    /** Whether schedules fit a venue bit mask, which the delta evaluations ({@link #deltaDist}) rely on. */
    final boolean fastDeltas;
    /** Venue bit mask per team (bit r set = home in slot r), kept in step with the costs. */
    private final long[] homeBits;
    private final long[] savedBits;
    private final long slotMask;
    /** Result of the last delta evaluation: change in distance. */
    long deltaDist;
    /** Result of the last delta evaluation: change in violations. */
    int deltaViol;
    /**
     * slotOf[t][2 * o + (home ? 1 : 0)]: the slot in which team t plays o at that venue, so the round chain of a
     * partial team swap is followed in constant time per step instead of a scan of the season.
     */
    private final int[][] slotOf;
    /** Scratch schedule of one team for moves evaluated before they are applied. */
    private final int[] scratchOpp;
    private final boolean[] scratchHome;
    /** Scratch list of teams for partial round swaps evaluated before they are applied. */
    private final int[] closure;
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
        flat = instance.travel().flatLegs();
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
        fastDeltas = rounds <= Long.SIZE;
        homeBits = new long[n];
        savedBits = new long[n];
        slotMask = rounds >= Long.SIZE ? -1L : (1L << rounds) - 1;
        closure = new int[n];
        scratchOpp = new int[rounds];
        scratchHome = new boolean[rounds];
        slotOf = new int[n][2 * n];
    }

    private void indexSlot(int t, int r) {
        slotOf[t][2 * opp[t][r] + (home[t][r] ? 1 : 0)] = r;
    }

    private void reindex() {
        for (int t = 0; t < n; t++) {
            for (int r = 0; r < rounds; r++) {
                indexSlot(t, r);
            }
        }
    }

    /** Copies the schedule and costs of another state of the same instance. */
    void copyFrom(TtpState other) {
        for (int t = 0; t < n; t++) {
            System.arraycopy(other.opp[t], 0, opp[t], 0, rounds);
            System.arraycopy(other.home[t], 0, home[t], 0, rounds);
            teamDist[t] = other.teamDist[t];
            teamViol[t] = other.teamViol[t];
            homeBits[t] = other.homeBits[t];
        }
        dist = other.dist;
        viol = other.viol;
        reindex();
    }

    /**
     * Copies the schedule of another state of the same instance, played backwards when asked (slot r becomes slot
     * rounds - 1 - r: the same games, streaks and distance, since every team starts and ends at home).
     */
    void copyFrom(TtpState other, boolean backwards) {
        if (!backwards) {
            copyFrom(other);
            return;
        }
        for (int t = 0; t < n; t++) {
            for (int r = 0; r < rounds; r++) {
                opp[t][r] = other.opp[t][rounds - 1 - r];
                home[t][r] = other.home[t][rounds - 1 - r];
            }
        }
        recomputeAll();
    }

    /** Recomputes every team's costs from scratch. */
    void recomputeAll() {
        reindex();
        dist = 0;
        viol = 0;
        for (int t = 0; t < n; t++) {
            teamCost(t);
            teamDist[t] = costDist;
            teamViol[t] = costViol;
            homeBits[t] = costBits;
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
        teamCostOf(t, opp[t], home[t]);
    }

    /** Bit-mask version of {@link #teamCost(int)} for team t playing the given opponents at the given venues. */
    private void teamCostOf(int t, int[] o, boolean[] h) {
        // Branch-free pass: legs and repeaters per round, venues packed into a bit mask whose streak excess is
        // counted with shifts, because the run-length branches of the plain loop mispredict on every venue change.
        // The legs are summed inline as TtpTravel.season defines them (a test holds the two equal): this is the
        // annealer's innermost loop.
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
        costDist = sum + dist[at * n + t];
        costViol = streakExcess(bits) + (noRepeaters ? repeats : 0);
        costBits = bits;
    }

    /** Games beyond the streak limit in a venue bit mask. */
    private int streakExcess(long bits) {
        long awayBits = ~bits & slotMask;
        long homeRun = bits;
        long awayRun = awayBits;
        // After k steps bit r is set iff slots r..r+k share a venue: each such window is one game over the limit.
        for (int k = 1; k <= maxStreak && (homeRun | awayRun) != 0; k++) {
            homeRun &= bits >>> k;
            awayRun &= awayBits >>> k;
        }
        return Long.bitCount(homeRun) + Long.bitCount(awayRun);
    }

    /** Plain run-length version of {@link #teamCost(int)} for schedules longer than a bit mask. */
    private void teamCostByRuns(int t) {
        int[] o = opp[t];
        boolean[] h = home[t];
        int[] dist = flat;
        boolean prevHome = h[0];
        int prevOpp = o[0];
        int at = prevHome ? t : prevOpp;
        long sum = dist[t * n + at];
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
        costBits = 0;
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
            savedBits[t] = homeBits[t];
            teamCost(t);
            long nd = costDist;
            int nv = costViol;
            dist += nd - teamDist[t];
            viol += nv - teamViol[t];
            teamDist[t] = nd;
            teamViol[t] = nv;
            homeBits[t] = costBits;
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
            homeBits[t] = savedBits[t];
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
                indexSlot(a, r);
                indexSlot(b, r);
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
        int size = closeUnderOpponents(t, r1, r2, lastSet);
        swapRoundsFor(r1, r2, lastSet, size);
    }

    /** Fills set with t and every team reachable from it through opponents in r1 or r2; returns its size. */
    private int closeUnderOpponents(int t, int r1, int r2, int[] set) {
        int size = 0;
        set[size++] = t;
        mark[t] = true;
        for (int k = 0; k < size; k++) {
            int u = set[k];
            int o1 = opp[u][r1];
            if (!mark[o1]) {
                mark[o1] = true;
                set[size++] = o1;
            }
            int o2 = opp[u][r2];
            if (!mark[o2]) {
                mark[o2] = true;
                set[size++] = o2;
            }
        }
        for (int k = 0; k < size; k++) {
            mark[set[k]] = false;
        }
        return size;
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
            int next = o == a ? -1 : slotOf[a][2 * o + (h ? 1 : 0)];
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
        indexSlot(t, r1);
        indexSlot(t, r2);
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
        indexSlot(a, r);
        indexSlot(b, r);
        indexSlot(oa, r);
        indexSlot(ob, r);
        touch(oa);
        touch(ob);
    }

    /**
     * Evaluates {@link #swapHomes} without applying it, into {@link #deltaDist} and {@link #deltaViol}; needs
     * {@link #fastDeltas}.
     */
    void deltaSwapHomes(int a, int b) {
        deltaDist = 0;
        deltaViol = 0;
        int first = -1;
        int second = -1;
        int[] oa = opp[a];
        for (int r = 0; r < rounds; r++) {
            if (oa[r] == b) {
                if (first < 0) {
                    first = r;
                } else {
                    second = r;
                    break;
                }
            }
        }
        addTwoSlotChange(a, first, b, !home[a][first], second, b, !home[a][second]);
        addTwoSlotChange(b, first, a, !home[b][first], second, a, !home[b][second]);
    }

    /** Evaluates {@link #swapRounds} without applying it; needs {@link #fastDeltas}. */
    void deltaSwapRounds(int r1, int r2) {
        deltaDist = 0;
        deltaViol = 0;
        for (int t = 0; t < n; t++) {
            addSlotExchange(t, r1, r2);
        }
    }

    /**
     * Evaluates {@link #partialSwapRounds} without applying it and returns the number of teams it would move;
     * needs {@link #fastDeltas}.
     */
    int deltaPartialSwapRounds(int t, int r1, int r2) {
        int size = closeUnderOpponents(t, r1, r2, closure);
        deltaDist = 0;
        deltaViol = 0;
        for (int k = 0; k < size; k++) {
            addSlotExchange(closure[k], r1, r2);
        }
        return size;
    }

    /**
     * Evaluates {@link #swapTeams} without applying it; needs {@link #fastDeltas}. Teams a and b get new schedules
     * and are costed in full; every other team keeps its venues and only trades a for b as an opponent, which leaves
     * its streaks and repeaters as they are and moves just its two away venues at a and b.
     */
    void deltaSwapTeams(int a, int b) {
        deltaDist = 0;
        deltaViol = 0;
        addSwappedTeamCost(a, b);
        addSwappedTeamCost(b, a);
        for (int c = 0; c < n; c++) {
            if (c != a && c != b) {
                int x = slotOf[c][2 * a];
                int y = slotOf[c][2 * b];
                addTwoVenueChange(c, x, b, y, a);
            }
        }
    }

    /** Adds the cost change of team a taking over b's games except those against b. */
    private void addSwappedTeamCost(int a, int b) {
        int[] oa = opp[a];
        int[] ob = opp[b];
        boolean[] ha = home[a];
        boolean[] hb = home[b];
        for (int r = 0; r < rounds; r++) {
            boolean keep = oa[r] == b;
            scratchOpp[r] = keep ? b : ob[r];
            scratchHome[r] = keep ? ha[r] : hb[r];
        }
        teamCostOf(a, scratchOpp, scratchHome);
        deltaDist += costDist - teamDist[a];
        deltaViol += costViol - teamViol[a];
    }

    /** Adds the distance change of team t when its venue in slot r1 becomes v1 and in slot r2 becomes v2. */
    private void addTwoVenueChange(int t, int r1, int v1, int r2, int v2) {
        if (r1 > r2) {
            addTwoVenueChange(t, r2, v2, r1, v1);
            return;
        }
        deltaDist += legChange(t, r1, v1, r2, v2);
    }

    /**
     * Distance change of team t when its venue in slot r1 becomes v1 and in slot r2 (after r1) becomes v2: only legs
     * r1, r1+1, r2, r2+1 change (leg i runs from the venue of slot i-1 to that of slot i); when the slots are
     * adjacent, leg r1+1 is leg r2 and is counted once.
     */
    private long legChange(int t, int r1, int v1, int r2, int v2) {
        int[] o = opp[t];
        boolean[] h = home[t];
        boolean apart = r2 > r1 + 1;
        long before = legOld(t, o, h, r1) + legOld(t, o, h, r1 + 1) + (apart ? legOld(t, o, h, r2) : 0)
                + legOld(t, o, h, r2 + 1);
        long after = legNew(t, o, h, r1, r1, v1, r2, v2) + legNew(t, o, h, r1 + 1, r1, v1, r2, v2)
                + (apart ? legNew(t, o, h, r2, r1, v1, r2, v2) : 0) + legNew(t, o, h, r2 + 1, r1, v1, r2, v2);
        return after - before;
    }

    private void addSlotExchange(int t, int r1, int r2) {
        int[] o = opp[t];
        boolean[] h = home[t];
        addTwoSlotChange(t, r1, o[r2], h[r2], r2, o[r1], h[r1]);
    }

    /**
     * Adds to the deltas the cost change of team t when slot r1 becomes (o1, h1) and slot r2 becomes (o2, h2):
     * only the legs and repeater pairs next to the two slots change, and the streak excess is recounted on the
     * bit mask, so this is constant time instead of a pass over the season.
     */
    private void addTwoSlotChange(int t, int r1, int o1, boolean h1, int r2, int o2, boolean h2) {
        if (r1 > r2) {
            addTwoSlotChange(t, r2, o2, h2, r1, o1, h1);
            return;
        }
        int[] o = opp[t];
        deltaDist += legChange(t, r1, h1 ? t : o1, r2, h2 ? t : o2);
        boolean apart = r2 > r1 + 1;
        int violChange = 0;
        if (noRepeaters) {
            int repeatBefore = repeatOld(o, r1) + repeatOld(o, r1 + 1) + (apart ? repeatOld(o, r2) : 0)
                    + repeatOld(o, r2 + 1);
            int repeatAfter = repeatNew(o, r1, r1, o1, r2, o2) + repeatNew(o, r1 + 1, r1, o1, r2, o2)
                    + (apart ? repeatNew(o, r2, r1, o1, r2, o2) : 0) + repeatNew(o, r2 + 1, r1, o1, r2, o2);
            violChange += repeatAfter - repeatBefore;
        }
        long bits = homeBits[t];
        long changed = (bits & ~(1L << r1) & ~(1L << r2)) | (h1 ? 1L << r1 : 0) | (h2 ? 1L << r2 : 0);
        violChange += streakExcess(changed) - streakExcess(bits);
        deltaViol += violChange;
    }

    private int legOld(int t, int[] o, boolean[] h, int i) {
        if (i > rounds) {
            return 0;
        }
        int from = i == 0 ? t : (h[i - 1] ? t : o[i - 1]);
        int to = i == rounds ? t : (h[i] ? t : o[i]);
        return flat[from * n + to];
    }

    private int legNew(int t, int[] o, boolean[] h, int i, int r1, int v1, int r2, int v2) {
        if (i > rounds) {
            return 0;
        }
        int from = i == 0 ? t : venueNew(t, o, h, i - 1, r1, v1, r2, v2);
        int to = i == rounds ? t : venueNew(t, o, h, i, r1, v1, r2, v2);
        return flat[from * n + to];
    }

    private static int venueNew(int t, int[] o, boolean[] h, int r, int r1, int v1, int r2, int v2) {
        if (r == r1) {
            return v1;
        }
        if (r == r2) {
            return v2;
        }
        return h[r] ? t : o[r];
    }

    private int repeatOld(int[] o, int i) {
        return i >= 1 && i < rounds && o[i - 1] == o[i] ? 1 : 0;
    }

    private int repeatNew(int[] o, int i, int r1, int o1, int r2, int o2) {
        if (i < 1 || i >= rounds) {
            return 0;
        }
        int prev = i - 1 == r1 ? o1 : i - 1 == r2 ? o2 : o[i - 1];
        int cur = i == r1 ? o1 : i == r2 ? o2 : o[i];
        return prev == cur ? 1 : 0;
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
