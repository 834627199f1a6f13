package org.flextime.engine.ttp;

import java.util.Comparator;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

/**
 * One search thread: simulated annealing over the five classic TTP neighbourhoods (Anagnostopoulos et al. 2006)
 * with strategic oscillation on the violation weight and time-based geometric cooling.
 *
 * <p>Threads come in two roles, so a run with two threads is a small portfolio: a deep thread anneals once over the
 * whole budget from its own start (slow cooling through the productive temperature band, independent of the other
 * threads), and a cycling thread runs shorter cycles, each reheating from the best schedule any thread has found
 * (intensification around the incumbent). Most improvements happen in a narrow band of temperatures, a few percent
 * of the mean uphill delta of random moves, so the deep thread cools only through that band instead of from very hot
 * to near-greedy; the cycling thread sweeps a wider range (hotter reheats, colder ends) to escape the incumbent's basin.
 * On small instances a slow cooling takes only part of the budget, so the deep thread then starts over from a fresh
 * random canonical schedule (independent restarts: the small instances' near-optimal traps are basins, not plateaus).
 */
final class TtpAnnealer implements Runnable {

    private static final int CHECK_EVERY = 1 << 10;
    /**
     * Move mix: the cheap, local moves (SwapHomes and the two partial swaps) twice as often as the whole-round and
     * whole-team swaps, which touch every team and are mostly rejected once the schedule is good.
     */
    private static final int[] MOVE_MIX = {
        TtpState.SWAP_HOMES, TtpState.SWAP_HOMES, TtpState.SWAP_ROUNDS, TtpState.SWAP_TEAMS,
        TtpState.PARTIAL_SWAP_ROUNDS, TtpState.PARTIAL_SWAP_ROUNDS,
        TtpState.PARTIAL_SWAP_TEAMS, TtpState.PARTIAL_SWAP_TEAMS
    };
    /** Annealing cycles of a cycling thread; each restarts from the shared best. */
    private static final int CYCLES = 4;
    /** Start temperature of a cycling thread's cycle, as a fraction of the mean uphill delta of random moves. */
    private static final double HOT = 0.3;
    /** End temperature of a cycling thread's cycle, as a fraction of the mean uphill delta of random moves. */
    private static final double COLD = 0.005;
    /** Start temperature of the deep thread's single slow cooling, as a fraction of the mean uphill delta. */
    private static final double DEEP_HOT = 0.05;
    /** End temperature of the deep thread's single slow cooling, as a fraction of the mean uphill delta. */
    private static final double DEEP_COLD = 0.015;
    /**
     * Length of the deep thread's slow cooling in moves, per n^4 (4 M moves on 8 teams, 10 M on 10, 65 M on 16),
     * after which it starts over from a fresh schedule if budget is left.
     */
    private static final double DEEP_MOVES_PER_N4 = 1000;
    /** Probability that a team move (SwapTeams, PartialSwapTeams) pairs a team with one of its nearest teams. */
    private static final double NEAR_PARTNER = 0.7;
    /** How many nearest teams count as near. */
    private static final int NEAR_COUNT = 4;
    /** Growth (while infeasible) and shrink (while feasible) factor of the violation weight per move. */
    private static final double OSCILLATION = 1.0002;

    private final TtpInstance instance;
    private final BestSchedule shared;
    private final long deadlineNanos;
    private final SplittableRandom random;
    private final long seed;
    private final AtomicBoolean stop;
    private final boolean deep;
    /** Most moves this thread evaluates (0: no cap). */
    private final long maxMoves;
    /** nearest[a]: the other teams by increasing distance from a. */
    private final int[][] nearest;
    private long moves;

    /**
     * @param deep whether this thread anneals once over the whole budget from its own start (else it runs cycles
     *             restarting from the shared best)
     * @param maxMoves most moves to evaluate (0: no cap), checked with the deadline
     */
    TtpAnnealer(TtpInstance instance, BestSchedule shared, long deadlineNanos, long seed, AtomicBoolean stop,
                boolean deep, long maxMoves) {
        this.instance = instance;
        this.shared = shared;
        this.deadlineNanos = deadlineNanos;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.stop = stop;
        this.deep = deep;
        this.maxMoves = maxMoves;
        this.nearest = nearestTeams(instance);
    }

    /** Moves evaluated by this thread. */
    long moves() {
        return moves;
    }

    @Override
    public void run() {
        long startNanos = System.nanoTime();
        TtpState cur = new TtpState(instance);
        CanonicalSchedule.fill(cur, new Random(seed));
        shared.offer(cur);
        int n = cur.n;
        double meanLeg = instance.travel().meanLeg();
        // A violation should cost about as much as a couple of legs; the weight then oscillates around the boundary.
        double weight = 2 * meanLeg;
        double minWeight = 0.2 * meanLeg;
        double maxWeight = 50 * meanLeg;
        double uphill = calibrate(cur, weight);
        double hot = (deep ? DEEP_HOT : HOT) * uphill;
        double cold = (deep ? DEEP_COLD : COLD) * uphill;
        // A cycling thread splits the budget into equal annealing cycles, so its cooling speed follows the budget.
        // The deep thread anneals once over the budget, but on small instances, where a slow cooling of about
        // DEEP_MOVES_PER_N4 * n^4 moves is enough, it starts over from a fresh random schedule after each such run.
        long cycleNanos = Math.max(1, (deadlineNanos - startNanos) / (deep ? 1 : CYCLES));
        long cycleMoves = deep ? (long) (DEEP_MOVES_PER_N4 * Math.pow(n, 4)) : Long.MAX_VALUE;
        long cycleStart = startNanos;
        long cycleFirstMove = 0;
        int restarts = 0;
        double temperature = hot;
        long localBest = cur.viol == 0 ? cur.dist : Long.MAX_VALUE;
        while (true) {
            if ((moves & (CHECK_EVERY - 1)) == 0) {
                long now = System.nanoTime();
                if (now >= deadlineNanos || stop.get() || (maxMoves > 0 && moves >= maxMoves)) {
                    return;
                }
                if (deep && moves - cycleFirstMove >= cycleMoves) {
                    // Start over from a fresh canonical schedule, cooling over the rest of the budget (or again
                    // over cycleMoves moves if that comes first).
                    CanonicalSchedule.fill(cur, new Random(seed + 1000L * ++restarts));
                    weight = 2 * meanLeg;
                    cycleStart = now;
                    cycleNanos = Math.max(1, deadlineNanos - now);
                    cycleFirstMove = moves;
                } else if (now - cycleStart >= cycleNanos) {
                    cycleStart = now;
                    cycleFirstMove = moves;
                    // A new cycle restarts from the best schedule any thread has found.
                    if (shared.feasibleDistance() < Long.MAX_VALUE) {
                        shared.copyInto(cur);
                        localBest = cur.dist;
                    }
                }
                double fraction = Math.min(1.0, Math.max((double) (now - cycleStart) / cycleNanos,
                        (double) (moves - cycleFirstMove) / cycleMoves));
                temperature = hot * Math.pow(cold / hot, fraction);
            }
            moves++;
            int type = MOVE_MIX[random.nextInt(MOVE_MIX.length)];
            boolean accepted;
            if (cur.fastDeltas && type != TtpState.PARTIAL_SWAP_TEAMS) {
                // Most moves are rejected, so evaluating before applying saves the apply-recompute-undo round trip.
                accepted = tryByDelta(cur, n, type, weight, temperature);
            } else {
                double before = cur.dist + weight * cur.viol;
                randomMove(cur, n, type);
                cur.commitDirty();
                accepted = accept(cur.dist + weight * cur.viol - before, temperature);
                if (!accepted) {
                    cur.undo();
                }
            }
            if (accepted && cur.viol == 0 && cur.dist < localBest) {
                localBest = cur.dist;
                shared.offer(cur);
            }
            // Strategic oscillation: make violations dearer while infeasible, cheaper while feasible.
            weight = cur.viol > 0 ? Math.min(maxWeight, weight * OSCILLATION) : Math.max(minWeight, weight / OSCILLATION);
        }
    }

    private boolean accept(double delta, double temperature) {
        return delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature);
    }

    /** Draws a move of the given delta-evaluable type, and applies it only if it is accepted. */
    private boolean tryByDelta(TtpState s, int n, int type, double weight, double temperature) {
        int a = random.nextInt(n);
        int r1 = random.nextInt(s.rounds);
        int r2 = otherThan(r1, s.rounds);
        int b = type == TtpState.SWAP_TEAMS ? partner(a, n) : otherThan(a, n);
        switch (type) {
            case TtpState.SWAP_HOMES -> s.deltaSwapHomes(a, b);
            case TtpState.SWAP_ROUNDS -> s.deltaSwapRounds(r1, r2);
            case TtpState.SWAP_TEAMS -> s.deltaSwapTeams(a, b);
            default -> s.deltaPartialSwapRounds(a, r1, r2);
        }
        if (!accept(s.deltaDist + weight * s.deltaViol, temperature)) {
            return false;
        }
        switch (type) {
            case TtpState.SWAP_HOMES -> s.swapHomes(a, b);
            case TtpState.SWAP_ROUNDS -> s.swapRounds(r1, r2);
            case TtpState.SWAP_TEAMS -> s.swapTeams(a, b);
            default -> s.partialSwapRounds(a, r1, r2);
        }
        s.commitDirty();
        return true;
    }

    private void randomMove(TtpState s, int n) {
        randomMove(s, n, MOVE_MIX[random.nextInt(MOVE_MIX.length)]);
    }

    private void randomMove(TtpState s, int n, int type) {
        switch (type) {
            case TtpState.SWAP_HOMES -> {
                int a = random.nextInt(n);
                s.swapHomes(a, otherThan(a, n));
            }
            case TtpState.SWAP_ROUNDS -> {
                int r1 = random.nextInt(s.rounds);
                s.swapRounds(r1, otherThan(r1, s.rounds));
            }
            case TtpState.SWAP_TEAMS -> {
                int a = random.nextInt(n);
                s.swapTeams(a, partner(a, n));
            }
            case TtpState.PARTIAL_SWAP_ROUNDS -> {
                int t = random.nextInt(n);
                int r1 = random.nextInt(s.rounds);
                s.partialSwapRounds(t, r1, otherThan(r1, s.rounds));
            }
            default -> {
                int a = random.nextInt(n);
                int b = partner(a, n);
                int r = random.nextInt(s.rounds);
                // The two teams meet in exactly two rounds, so this ends quickly.
                while (s.opp[a][r] == b) {
                    r = random.nextInt(s.rounds);
                }
                s.partialSwapTeams(a, b, r);
            }
        }
    }

    /** A second team for a team move: usually one of the nearest teams, whose schedules are the likeliest to trade. */
    private int partner(int a, int n) {
        if (random.nextDouble() >= NEAR_PARTNER) {
            return otherThan(a, n);
        }
        int[] near = nearest[a];
        return near[random.nextInt(Math.min(NEAR_COUNT, near.length))];
    }

    private static int[][] nearestTeams(TtpInstance instance) {
        int n = instance.teams();
        int[][] nearest = new int[n][];
        for (int a = 0; a < n; a++) {
            final int from = a;
            nearest[a] = IntStream.range(0, n).filter(b -> b != from).boxed()
                    .sorted(Comparator.comparingInt(b -> instance.travel().leg(from, b)))
                    .mapToInt(Integer::intValue).toArray();
        }
        return nearest;
    }

    private int otherThan(int x, int bound) {
        int y = random.nextInt(bound - 1);
        return y >= x ? y + 1 : y;
    }

    /** Mean uphill delta of random moves, so the temperature scale fits the instance's distances. */
    private double calibrate(TtpState s, double weight) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < 2000; i++) {
            double before = s.dist + weight * s.viol;
            randomMove(s, s.n);
            s.commitDirty();
            double delta = s.dist + weight * s.viol - before;
            s.undo();
            if (delta > 0) {
                sum += delta;
                count++;
            }
        }
        return count == 0 ? 1.0 : sum / count;
    }
}
