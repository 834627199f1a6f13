package org.flextime.scheduler.engine.ttp;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One search thread: simulated annealing over the five classic TTP neighbourhoods (Anagnostopoulos et al. 2006)
 * with strategic oscillation on the violation weight, geometric cooling and reheats from the shared best.
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
    /** Moves without a new thread-best before reheating, per n squared. */
    private static final long REHEAT_AFTER_PER_N2 = 4000;
    /** Temperature factor over three quarters of a reheat period. */
    private static final double COOLING_DROP = 0.1;

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
        TtpState cur = new TtpState(instance);
        CanonicalSchedule.fill(cur, new java.util.Random(seed));
        shared.offer(cur);
        int n = cur.n;
        double meanLeg = meanDistance(instance);
        // A violation should cost about as much as a couple of legs; the weight then oscillates around the boundary.
        double weight = 2 * meanLeg;
        double minWeight = 0.2 * meanLeg;
        double maxWeight = 50 * meanLeg;
        double t0 = calibrate(cur, weight);
        double temperature = t0;
        long localBest = cur.viol == 0 ? cur.dist : Long.MAX_VALUE;
        long sinceImprovement = 0;
        // Periods grow with the neighbourhood size so bigger instances cool more slowly.
        long reheatAfter = REHEAT_AFTER_PER_N2 * n * n;
        double cooling = Math.pow(COOLING_DROP, 1.0 / (reheatAfter * 0.75));
        double bestTemperature = t0;
        int reheats = 0;
        while (true) {
            if ((moves & (CHECK_EVERY - 1)) == 0 && (System.nanoTime() >= deadlineNanos || stop.get())) {
                return;
            }
            moves++;
            double before = cur.dist + weight * cur.viol;
            randomMove(cur, n);
            cur.commitDirty();
            double delta = cur.dist + weight * cur.viol - before;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                if (cur.viol == 0 && cur.dist < localBest) {
                    localBest = cur.dist;
                    sinceImprovement = 0;
                    bestTemperature = temperature;
                    shared.offer(cur);
                }
            } else {
                cur.undo();
            }
            // Strategic oscillation: make violations dearer while infeasible, cheaper while feasible.
            weight = cur.viol > 0 ? Math.min(maxWeight, weight * 1.0002) : Math.max(minWeight, weight / 1.0002);
            temperature *= cooling;
            if (++sinceImprovement > reheatAfter) {
                reheats++;
                sinceImprovement = 0;
                // Restart from the shared best now and then, otherwise keep exploring our own basin hotter.
                if (reheats % 3 == 0 && shared.feasibleDistance() < Long.MAX_VALUE) {
                    shared.copyInto(cur);
                    localBest = cur.dist;
                }
                temperature = Math.max(2 * bestTemperature, 0.3 * t0);
            }
        }
    }

    private void randomMove(TtpState s, int n) {
        switch (MOVE_MIX[random.nextInt(MOVE_MIX.length)]) {
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

    /** A tenth of the mean uphill delta of random moves, so the temperature scale fits the instance's distances. */
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
        return count == 0 ? 1.0 : 0.1 * sum / count;
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
