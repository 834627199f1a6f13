package org.flextime.engine.ttp;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Builds a schedule game by game with a beam search guided by each team's trip bound (after Frohner, Neumann and
 * Raidl's beam search for the TTP): slot by slot, the first team (in a given order) without a game in the slot picks an
 * opponent and a venue; a partial schedule is rated ({@link Rating}) by the distance travelled so far plus every team's
 * {@link TripBound} for the opponents it has still to visit, and only the best {@code width} partial schedules are kept
 * at each step.
 *
 * <p>Dead ends (a streak over the limit, a repeater, too few home or road games left to respect the streak limit)
 * are cut when they appear; a little noise on the ratings breaks the many ties of the circular instances and makes
 * runs with different seeds differ.
 */
final class BeamConstruction {

    /** Bits of a packed step record that hold the move (home team, away team: 5 bits each). */
    private static final int MOVE_BITS = 10;
    /** Widest beam a step record can point back into. */
    static final int MAX_WIDTH = (1 << (Integer.SIZE - 1 - MOVE_BITS)) - 1;

    /** Heap one beam search may take (its two layers, the rated extensions of a step and the trail back). */
    private static final long MEMORY_BYTES = 160L << 20;

    private final TripBound bound;
    private final int n;
    private final int rounds;
    private final int maxStreak;
    private final boolean noRepeaters;
    private final TtpTravel travel;

    BeamConstruction(TtpInstance instance, TripBound bound) {
        this.bound = bound;
        n = instance.teams();
        if (n > 1 << (MOVE_BITS / 2)) {
            throw new IllegalArgumentException("beam construction packs team ids in 5 bits, got " + n + " teams");
        }
        rounds = instance.slots();
        maxStreak = instance.maxStreak();
        noRepeaters = instance.minSeparation() >= 1;
        travel = instance.travel();
    }

    /** Widest beam that fits in the memory one beam search may take on this instance. */
    int maxWidth() {
        long extensions = 2L * (n - 1) * (8 + 4 + 4 + 8 + 8 + 8 + 4);
        long layers = 2L * (6L * 4 * n + 4 + 8 + 8 + 8);
        long trail = 4L * rounds * (n / 2);
        long dedupe = 4L * (8 + 4);
        return (int) Math.min(MAX_WIDTH, MEMORY_BYTES / (extensions + layers + trail + dedupe));
    }

    /**
     * Runs one beam search and writes the best complete schedule into target (recomputing its costs); returns false
     * and leaves target alone when every partial schedule died or the search was stopped.
     *
     * @param rating how partial schedules are rated
     * @param order the teams in the order in which they pick their games within a slot
     */
    boolean build(TtpState target, int width, Rating rating, int[] order, SplittableRandom random,
                  BooleanSupplier stopped) {
        return complete(null, 0, target, width, rating, order, random, stopped);
    }

    /**
     * Like {@link #build}, but keeps the first keptRounds slots of prefix and searches only the rest of the season;
     * target may be prefix itself.
     */
    boolean complete(TtpState prefix, int keptRounds, TtpState target, int width, Rating rating, int[] order,
                     SplittableRandom random, BooleanSupplier stopped) {
        if (keptRounds < 0 || keptRounds >= rounds || (keptRounds > 0 && prefix == null)) {
            throw new IllegalArgumentException("cannot keep " + keptRounds + " of " + rounds + " slots");
        }
        if (width < 1 || width > maxWidth()) {
            throw new IllegalArgumentException("beam width must be in 1.." + maxWidth() + ", got " + width);
        }
        if (order.length != n) {
            throw new IllegalArgumentException("team order has " + order.length + " entries for " + n + " teams");
        }
        int[] position = new int[n];
        for (int k = 0; k < n; k++) {
            position[order[k]] = k;
        }
        int steps = rounds * (n / 2);
        int firstStep = keptRounds * (n / 2);
        int[][] trail = new int[steps][];
        Layer layer = new Layer(width);
        Layer next = new Layer(width);
        layer.root();
        if (keptRounds > 0) {
            for (int r = 0; r < keptRounds; r++) {
                for (int h = 0; h < n; h++) {
                    if (prefix.home[h][r]) {
                        layer.apply(0, h, prefix.opp[h][r], position, false);
                    }
                }
            }
            layer.played[0] = 0;
            layer.rehash(0);
        }
        int maxChildren = width * 2 * (n - 1);
        Children children = new Children(maxChildren, width);
        for (int step = firstStep; step < steps; step++) {
            if (stopped.getAsBoolean()) {
                return false;
            }
            boolean roundEnds = (step + 1) % (n / 2) == 0;
            expand(layer, children, rating, order, position, random);
            int keep = children.selectBest(width, random);
            if (keep == 0) {
                return false;
            }
            int[] record = new int[keep];
            for (int k = 0; k < keep; k++) {
                int c = children.chosen[k];
                int p = children.parent[c];
                int move = children.move[c];
                next.copyFrom(k, layer, p);
                next.apply(k, move >>> 5, move & 31, position, roundEnds);
                next.hash[k] = children.hash[c];
                record[k] = (p << MOVE_BITS) | move;
            }
            next.size = keep;
            trail[step] = record;
            Layer swap = layer;
            layer = next;
            next = swap;
        }
        int bestNode = 0;
        long bestCost = Long.MAX_VALUE;
        for (int k = 0; k < layer.size; k++) {
            long total = layer.cost[k] + layer.homeLegs(k);
            if (total < bestCost) {
                bestCost = total;
                bestNode = k;
            }
        }
        int node = bestNode;
        if (prefix != null && prefix != target) {
            for (int t = 0; t < n; t++) {
                System.arraycopy(prefix.opp[t], 0, target.opp[t], 0, keptRounds);
                System.arraycopy(prefix.home[t], 0, target.home[t], 0, keptRounds);
            }
        }
        for (int step = steps - 1; step >= firstStep; step--) {
            int record = trail[step][node];
            int move = record & ((1 << MOVE_BITS) - 1);
            int h = move >>> 5;
            int a = move & 31;
            int r = step / (n / 2);
            target.opp[h][r] = a;
            target.opp[a][r] = h;
            target.home[h][r] = true;
            target.home[a][r] = false;
            node = record >>> MOVE_BITS;
        }
        target.recomputeAll();
        return true;
    }

    /** Rates every feasible one-game extension of every partial schedule of the layer. */
    private void expand(Layer layer, Children children, Rating rating, int[] order, int[] position,
                        SplittableRandom random) {
        children.count = 0;
        int all = (1 << n) - 1;
        for (int p = 0; p < layer.size; p++) {
            int base = p * n;
            // played holds positions in the team order; the first team in that order without a game picks next.
            int free = ~layer.played[p] & all;
            int first = Integer.numberOfTrailingZeros(free);
            int t = order[first];
            for (int cs = free & ~(1 << first); cs != 0; cs &= cs - 1) {
                int u = order[Integer.numberOfTrailingZeros(cs)];
                if (noRepeaters && layer.last[base + t] == u) {
                    continue;
                }
                int played = layer.played[p] | (1 << first) | (1 << position[u]);
                rate(layer, children, p, t, u, played, rating, random);
                rate(layer, children, p, u, t, played, rating, random);
            }
        }
    }

    /** Adds the extension "h hosts a" of partial schedule p if it can still lead to a complete schedule. */
    private void rate(Layer layer, Children children, int p, int h, int a, int played, Rating rating,
                      SplittableRandom random) {
        int base = p * n;
        if ((layer.homeLeft[base + h] & (1 << a)) == 0) {
            return;
        }
        int hStreak = layer.streak[base + h] > 0 ? layer.streak[base + h] + 1 : 1;
        int aStreak = layer.streak[base + a] < 0 ? layer.streak[base + a] - 1 : -1;
        if (hStreak > maxStreak || -aStreak > maxStreak) {
            return;
        }
        int hAwayLeft = layer.awayLeft[base + h];
        int aAwayLeft = layer.awayLeft[base + a] & ~(1 << h);
        if (!balanced(Integer.bitCount(layer.homeLeft[base + h]) - 1, Integer.bitCount(hAwayLeft), hStreak)
                || !balanced(Integer.bitCount(layer.homeLeft[base + a]), Integer.bitCount(aAwayLeft), aStreak)) {
            return;
        }
        long legs = travel.leg(layer.loc[base + h], h) + travel.leg(layer.loc[base + a], h);
        int hBound = bound.atHome(h, hAwayLeft);
        int aBound = bound.away(a, aAwayLeft, h, -aStreak);
        double score = rating.paidWeight() * (layer.cost[p] + legs) + layer.boundSum[p] - layer.teamBound[base + h]
                - layer.teamBound[base + a] + hBound + aBound;
        if (rating.noise() > 0) {
            score += rating.noise() * random.nextDouble();
        }
        int c = children.count++;
        children.score[c] = score;
        children.parent[c] = p;
        children.move[c] = (h << 5) | a;
        children.hash[c] = layer.hash[p]
                ^ teamHash(h, layer.awayLeft[base + h], layer.homeLeft[base + h], layer.loc[base + h],
                        layer.streak[base + h], layer.last[base + h])
                ^ teamHash(h, hAwayLeft, layer.homeLeft[base + h] & ~(1 << a), h, hStreak, a)
                ^ teamHash(a, layer.awayLeft[base + a], layer.homeLeft[base + a], layer.loc[base + a],
                        layer.streak[base + a], layer.last[base + a])
                ^ teamHash(a, aAwayLeft, layer.homeLeft[base + a], h, aStreak, h);
        // The slot's teams with a game belong to the state too; kept out of the stored hash, which is per team.
        children.key[c] = children.hash[c] ^ mix(played + 0x9e3779b97f4a7c15L);
    }

    /**
     * Hash of one team's part of a partial schedule's state; a state's hash is the exclusive or over its teams (and
     * the slot's teams with a game, which are implied by the step and the teams' last opponents being equal).
     */
    private static long teamHash(int t, int awayLeft, int homeLeft, int loc, int streak, int last) {
        long x = ((long) awayLeft << 32) ^ homeLeft;
        x = mix(x ^ ((long) t << 58) ^ ((long) loc << 52) ^ ((long) (streak + 8) << 44) ^ ((long) (last + 1) << 38));
        return mix(x + t);
    }

    /** SplitMix64's finaliser. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Whether the home and road games left can still be laid out without a streak over the limit. */
    private boolean balanced(int homeLeft, int awayLeft, int streak) {
        int limit = maxStreak;
        if (streak > 0) {
            return homeLeft <= limit - streak + limit * awayLeft && awayLeft <= limit * (homeLeft + 1);
        }
        return awayLeft <= limit + streak + limit * homeLeft && homeLeft <= limit * (awayLeft + 1);
    }

    /** One step's partial schedules, stored column-wise: team arrays hold n entries per partial schedule. */
    private final class Layer {
        int size;
        final int[] awayLeft;
        final int[] homeLeft;
        final int[] loc;
        /** Positive: home games in a row; negative: road games in a row. */
        final int[] streak;
        final int[] last;
        final int[] teamBound;
        /** Positions (in the team order) of the teams that already have a game in the current slot. */
        final int[] played;
        final long[] cost;
        final long[] boundSum;
        final long[] hash;

        Layer(int capacity) {
            awayLeft = new int[capacity * n];
            homeLeft = new int[capacity * n];
            loc = new int[capacity * n];
            streak = new int[capacity * n];
            last = new int[capacity * n];
            teamBound = new int[capacity * n];
            played = new int[capacity];
            cost = new long[capacity];
            boundSum = new long[capacity];
            hash = new long[capacity];
        }

        /** The empty schedule: every team at home with every opponent still to visit and to host. */
        void root() {
            int all = (1 << n) - 1;
            long sum = 0;
            for (int t = 0; t < n; t++) {
                int others = all & ~(1 << t);
                awayLeft[t] = others;
                homeLeft[t] = others;
                loc[t] = t;
                streak[t] = 0;
                last[t] = -1;
                teamBound[t] = bound.atHome(t, others);
                sum += teamBound[t];
            }
            played[0] = 0;
            cost[0] = 0;
            boundSum[0] = sum;
            rehash(0);
            size = 1;
        }

        void copyFrom(int k, Layer from, int p) {
            System.arraycopy(from.awayLeft, p * n, awayLeft, k * n, n);
            System.arraycopy(from.homeLeft, p * n, homeLeft, k * n, n);
            System.arraycopy(from.loc, p * n, loc, k * n, n);
            System.arraycopy(from.streak, p * n, streak, k * n, n);
            System.arraycopy(from.last, p * n, last, k * n, n);
            System.arraycopy(from.teamBound, p * n, teamBound, k * n, n);
            played[k] = from.played[p];
            cost[k] = from.cost[p];
            boundSum[k] = from.boundSum[p];
            hash[k] = from.hash[p];
        }

        void apply(int k, int h, int a, int[] position, boolean roundEnds) {
            int base = k * n;
            cost[k] += travel.leg(loc[base + h], h) + travel.leg(loc[base + a], h);
            loc[base + h] = h;
            loc[base + a] = h;
            streak[base + h] = streak[base + h] > 0 ? streak[base + h] + 1 : 1;
            streak[base + a] = streak[base + a] < 0 ? streak[base + a] - 1 : -1;
            homeLeft[base + h] &= ~(1 << a);
            awayLeft[base + a] &= ~(1 << h);
            last[base + h] = a;
            last[base + a] = h;
            long sum = boundSum[k] - teamBound[base + h] - teamBound[base + a];
            teamBound[base + h] = bound.atHome(h, awayLeft[base + h]);
            teamBound[base + a] = bound.away(a, awayLeft[base + a], h, -streak[base + a]);
            boundSum[k] = sum + teamBound[base + h] + teamBound[base + a];
            played[k] = roundEnds ? 0 : played[k] | (1 << position[h]) | (1 << position[a]);
        }

        /** Recomputes the state hash of partial schedule k from its teams. */
        void rehash(int k) {
            long h = 0;
            for (int t = 0; t < n; t++) {
                int i = k * n + t;
                h ^= teamHash(t, awayLeft[i], homeLeft[i], loc[i], streak[i], last[i]);
            }
            hash[k] = h;
        }

        /** The trips home after the last slot. */
        long homeLegs(int k) {
            long sum = 0;
            for (int t = 0; t < n; t++) {
                sum += travel.leg(loc[k * n + t], t);
            }
            return sum;
        }
    }

    /** The rated extensions of one step, reused from step to step. */
    private static final class Children {
        final double[] score;
        final int[] parent;
        final int[] move;
        final long[] keys;
        final long[] hash;
        /** State hash including the slot's teams with a game, for duplicate detection. */
        final long[] key;
        /** Open-addressing set of the state hashes kept in a step (0 = empty). */
        final long[] seen;
        /** Where in keys the state hashed into the same slot of seen is. */
        final int[] seenAt;
        final int[] chosen;
        int count;

        Children(int capacity, int width) {
            hash = new long[capacity];
            key = new long[capacity];
            seen = new long[Integer.highestOneBit(Math.max(2, 4 * width - 1)) << 1];
            seenAt = new int[seen.length];
            score = new double[capacity];
            parent = new int[capacity];
            move = new int[capacity];
            keys = new long[capacity];
            chosen = new int[capacity];
        }

        /** Puts the indices of the keep best-rated extensions into chosen (in no particular order); returns keep. */
        int selectBest(int width, SplittableRandom random) {
            // Two partial schedules that left every team in the same state have the same completions: only the
            // better-rated one is kept, so the width holds distinct states. Duplicates are rare among the best
            // ratings, so twice the width of candidates is enough to fill the beam.
            int candidates = Math.min(count, 2 * width);
            for (int i = 0; i < count; i++) {
                // Ratings are non-negative, so their float bit patterns order like the values.
                keys[i] = ((long) Float.floatToRawIntBits((float) score[i]) << 32) | i;
            }
            if (candidates < count) {
                select(keys, count, candidates, random);
            }
            int slots = seen.length;
            Arrays.fill(seen, 0, slots, 0L);
            int unique = 0;
            for (int i = 0; i < candidates; i++) {
                int c = (int) keys[i];
                long h = key[c] == 0 ? 1 : key[c];
                int slot = (int) (h ^ (h >>> 32)) & (slots - 1);
                while (seen[slot] != 0 && seen[slot] != h) {
                    slot = (slot + 1) & (slots - 1);
                }
                if (seen[slot] == 0) {
                    seen[slot] = h;
                    seenAt[slot] = unique;
                    keys[unique++] = keys[i];
                } else if (keys[i] < keys[seenAt[slot]]) {
                    keys[seenAt[slot]] = keys[i];
                }
            }
            int kept = Math.min(width, unique);
            if (kept < unique) {
                select(keys, unique, kept, random);
            }
            for (int k = 0; k < kept; k++) {
                chosen[k] = (int) keys[k];
            }
            return kept;
        }

        /** Reorders keys so that its keep smallest come first (quickselect). */
        private static void select(long[] keys, int count, int keep, SplittableRandom random) {
            int lo = 0;
            int hi = count - 1;
            while (lo < hi) {
                long pivot = keys[lo + random.nextInt(hi - lo + 1)];
                int i = lo;
                int j = hi;
                while (i <= j) {
                    while (keys[i] < pivot) {
                        i++;
                    }
                    while (keys[j] > pivot) {
                        j--;
                    }
                    if (i <= j) {
                        long x = keys[i];
                        keys[i] = keys[j];
                        keys[j] = x;
                        i++;
                        j--;
                    }
                }
                if (keep - 1 <= j) {
                    hi = j;
                } else if (keep - 1 >= i) {
                    lo = i;
                } else {
                    return;
                }
            }
        }
    }
}
