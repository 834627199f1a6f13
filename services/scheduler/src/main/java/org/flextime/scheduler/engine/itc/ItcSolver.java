package org.flextime.scheduler.engine.itc;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import org.flextime.rules.robinx.Instance;

/**
 * Solves an ITC2021 instance: a compact, time-constrained double round robin (phased when the instance says
 * so) minimising infeasibility (HARD deviations) first, then the objective (SOFT penalties).
 *
 * <p>Starts from a canonical circle-method schedule (second half mirrored) and runs simulated annealing over
 * structure-keeping moves on the weighted cost {@code hardWeight x infeasibility + objective}; the hard weight
 * rises while the search is infeasible and eases off while it is feasible. Each move is scored incrementally
 * ({@link ItcState}). The best schedule is kept lexicographically (infeasibility, objective).
 */
public final class ItcSolver {

    private static final int CHECK_EVERY = 256;
    private static final boolean TRACE = Boolean.getBoolean("itc.trace");
    private static final double START_TEMPERATURE = Double.parseDouble(System.getProperty("itc.t0", "300"));
    private static final double END_TEMPERATURE = Double.parseDouble(System.getProperty("itc.t1", "0.3"));
    private static final double START_WEIGHT = Double.parseDouble(System.getProperty("itc.w", "100"));
    private static final double MIN_WEIGHT = Double.parseDouble(System.getProperty("itc.wmin", "100"));
    private static final double MAX_WEIGHT = Double.parseDouble(System.getProperty("itc.wmax", "100"));
    private static final double WEIGHT_STEP = 1.05;

    /** Solves the instance within the budget. */
    public ItcResult solve(Instance instance, ItcSolverConfig config) {
        long start = System.nanoTime();
        ItcModel model = new ItcModel(instance);
        SplittableRandom random = new SplittableRandom(config.seed());
        ItcState state = initial(model, random);
        ItcState best = state.copy();
        ItcMoves moves = new ItcMoves(state);
        int n = model.teams;
        int slots = model.slots;

        long limitNanos = config.timeLimit().toNanos();
        long maxMoves = config.maxMoves();
        Duration firstFeasible = state.infeasibility() == 0 ? elapsed(start) : null;
        Duration timeToBest = elapsed(start);
        double hardWeight = START_WEIGHT;
        double temperature = START_TEMPERATURE;
        long evaluated = 0;
        long iterations = 0;
        long sinceImprovement = 0;
        long restartAfter = 200_000L * n / 10;

        while (maxMoves == 0 || evaluated < maxMoves) {
            if (iterations++ % CHECK_EVERY == 0) {
                double progress;
                if (maxMoves > 0) {
                    progress = (double) evaluated / maxMoves;
                } else {
                    long now = System.nanoTime() - start;
                    if (now >= limitNanos) {
                        break;
                    }
                    progress = (double) now / limitNanos;
                }
                if (maxMoves > 0 && System.nanoTime() - start >= limitNanos) {
                    break;
                }
                temperature = START_TEMPERATURE * Math.pow(END_TEMPERATURE / START_TEMPERATURE, progress);
                if (iterations % (CHECK_EVERY * 4) == 1) {
                    hardWeight = state.infeasibility() > 0 ? Math.min(hardWeight * WEIGHT_STEP, MAX_WEIGHT)
                            : Math.max(hardWeight / WEIGHT_STEP, MIN_WEIGHT);
                }
                if (TRACE && iterations % (CHECK_EVERY * 20) == 1) {
                    System.err.printf("it %d eval %d H %d S %d W %.1f T %.2f best %d/%d%n", iterations, evaluated,
                            state.infeasibility(), state.objective(), hardWeight, temperature, best.infeasibility(),
                            best.objective());
                }
                if (sinceImprovement > restartAfter) {
                    state.copyFrom(best);
                    sinceImprovement = 0;
                }
            }
            long hardBefore = state.infeasibility();
            long softBefore = state.objective();
            boolean applied = switch (random.nextInt(10)) {
                case 0, 1 -> moves.swapHomes(random.nextInt(n), random.nextInt(n));
                case 2 -> moves.swapSlots(random.nextInt(slots), random.nextInt(slots));
                case 3 -> moves.swapTeams(random.nextInt(n), random.nextInt(n));
                case 4, 5, 6 -> moves.partialSwapSlots(random.nextInt(n), random.nextInt(slots),
                        random.nextInt(slots));
                default -> model.phased
                        ? moves.partialSwapTeamsInHalf(random.nextInt(n), random.nextInt(n), random.nextInt(slots))
                        : moves.partialSwapTeams(random.nextInt(n), random.nextInt(n), random.nextInt(slots));
            };
            if (!applied) {
                state.undo();
                continue;
            }
            state.evaluate();
            evaluated++;
            sinceImprovement++;
            double delta = hardWeight * (state.infeasibility() - hardBefore) + (state.objective() - softBefore);
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                state.commit();
                if (better(state, best)) {
                    best.copyFrom(state);
                    timeToBest = elapsed(start);
                    sinceImprovement = 0;
                    if (firstFeasible == null && state.infeasibility() == 0) {
                        firstFeasible = timeToBest;
                    }
                }
            } else {
                state.undo();
            }
        }
        return new ItcResult(best.games(), best.infeasibility(), best.objective(), Optional.ofNullable(firstFeasible),
                timeToBest, evaluated);
    }

    private static boolean better(ItcState candidate, ItcState incumbent) {
        return candidate.infeasibility() < incumbent.infeasibility()
                || (candidate.infeasibility() == incumbent.infeasibility()
                        && candidate.objective() < incumbent.objective());
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * The circle method over a random team order: team n-1 stays fixed, the others rotate; rounds of the first
     * half in random order, the second half mirrors the first with venues swapped.
     */
    static ItcState initial(ItcModel model, SplittableRandom random) {
        int n = model.teams;
        int rounds = n - 1;
        int[] order = permutation(n, random);
        int[] roundOrder = permutation(rounds, random);
        int[][] opponents = new int[n][2 * rounds];
        boolean[][] homes = new boolean[n][2 * rounds];
        for (int r = 0; r < rounds; r++) {
            int slot = roundOrder[r];
            // fixed team against the rotating one
            place(opponents, homes, order[n - 1], order[r], r % 2 == 0, slot, rounds);
            for (int k = 1; k < n / 2; k++) {
                int a = order[(r + k) % rounds];
                int b = order[(r - k + rounds) % rounds];
                place(opponents, homes, a, b, k % 2 == 1, slot, rounds);
            }
        }
        return new ItcState(model, opponents, homes);
    }

    private static void place(int[][] opponents, boolean[][] homes, int a, int b, boolean aHome, int slot,
            int rounds) {
        opponents[a][slot] = b;
        opponents[b][slot] = a;
        homes[a][slot] = aHome;
        homes[b][slot] = !aHome;
        opponents[a][slot + rounds] = b;
        opponents[b][slot + rounds] = a;
        homes[a][slot + rounds] = !aHome;
        homes[b][slot + rounds] = aHome;
    }

    private static int[] permutation(int size, SplittableRandom random) {
        int[] p = new int[size];
        for (int i = 0; i < size; i++) {
            p[i] = i;
        }
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = p[i];
            p[i] = p[j];
            p[j] = tmp;
        }
        return p;
    }
}
