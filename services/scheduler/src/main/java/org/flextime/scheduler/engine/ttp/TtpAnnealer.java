package org.flextime.scheduler.engine.ttp;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One search thread: simulated annealing over the five classic TTP neighbourhoods (Anagnostopoulos et al. 2006)
 * with strategic oscillation on the violation weight and time-based cycles of geometric cooling, each restarting
 * from the best schedule shared by all threads.
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
    /** Annealing cycles per run; each starts hot from the shared best and cools down to near-greedy. */
    private static final int CYCLES = 4;
    /** Start temperature of a cycle, as a fraction of the mean uphill delta of random moves. */
    private static final double HOT = 0.3;
    /** End temperature of a cycle, as a fraction of the mean uphill delta of random moves. */
    private static final double COLD = 0.005;

    private final TtpInstance instance;
    private final BestSchedule shared;
    private final long deadlineNanos;
    private final SplittableRandom random;
    private final long seed;
    private final AtomicBoolean stop;
    private long moves;

    TtpAnnealer(TtpInstance instance, BestSchedule shared, long deadlineNanos, long seed, AtomicBoolean stop) {
        this.instance = instance;
        this.shared = shared;
        this.deadlineNanos = deadlineNanos;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.stop = stop;
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
        double meanLeg = meanDistance(instance);
        // A violation should cost about as much as a couple of legs; the weight then oscillates around the boundary.
        double weight = 2 * meanLeg;
        double minWeight = 0.2 * meanLeg;
        double maxWeight = 50 * meanLeg;
        double uphill = calibrate(cur, weight);
        double hot = HOT * uphill;
        double cold = COLD * uphill;
        // The budget is split into equal annealing cycles, so the cooling speed follows the budget, not a move count.
        long cycleNanos = Math.max(1, (deadlineNanos - startNanos) / CYCLES);
        long cycleStart = startNanos;
        double temperature = hot;
        long localBest = cur.viol == 0 ? cur.dist : Long.MAX_VALUE;
        while (true) {
            if ((moves & (CHECK_EVERY - 1)) == 0) {
                long now = System.nanoTime();
                if (now >= deadlineNanos || stop.get()) {
                    return;
                }
                if (now - cycleStart >= cycleNanos) {
                    cycleStart = now;
                    // A new cycle restarts from the best schedule any thread has found.
                    if (shared.feasibleDistance() < Long.MAX_VALUE) {
                        shared.copyInto(cur);
                        localBest = cur.dist;
                    }
                }
                double fraction = Math.min(1.0, (double) (now - cycleStart) / cycleNanos);
                temperature = hot * Math.pow(cold / hot, fraction);
            }
            moves++;
            int type = MOVE_MIX[random.nextInt(MOVE_MIX.length)];
            boolean accepted;
            if (cur.fastDeltas && type != TtpState.SWAP_TEAMS && type != TtpState.PARTIAL_SWAP_TEAMS) {
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
            weight = cur.viol > 0 ? Math.min(maxWeight, weight * 1.0002) : Math.max(minWeight, weight / 1.0002);
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
        int b = otherThan(a, n);
        switch (type) {
            case TtpState.SWAP_HOMES -> s.deltaSwapHomes(a, b);
            case TtpState.SWAP_ROUNDS -> s.deltaSwapRounds(r1, r2);
            default -> s.deltaPartialSwapRounds(a, r1, r2);
        }
        if (!accept(s.deltaDist + weight * s.deltaViol, temperature)) {
            return false;
        }
        switch (type) {
            case TtpState.SWAP_HOMES -> s.swapHomes(a, b);
            case TtpState.SWAP_ROUNDS -> s.swapRounds(r1, r2);
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
                s.swapTeams(a, otherThan(a, n));
            }
            case TtpState.PARTIAL_SWAP_ROUNDS -> {
                int t = random.nextInt(n);
                int r1 = random.nextInt(s.rounds);
                s.partialSwapRounds(t, r1, otherThan(r1, s.rounds));
            }
            default -> {
                int a = random.nextInt(n);
                int b = otherThan(a, n);
                int r = random.nextInt(s.rounds);
                // The two teams meet in exactly two rounds, so this ends quickly.
                while (s.opp[a][r] == b) {
                    r = random.nextInt(s.rounds);
                }
                s.partialSwapTeams(a, b, r);
            }
        }
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

    private static double meanDistance(TtpInstance instance) {
        int n = instance.teams();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                sum += instance.distance(i, j);
            }
        }
        return Math.max(1e-9, sum / (n * (n - 1.0)));
    }
}
