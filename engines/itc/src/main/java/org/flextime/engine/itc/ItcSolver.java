package org.flextime.engine.itc;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.flextime.rules.robinx.Instance;

/**
 * Solves an ITC2021 instance: a compact, time-constrained double round robin (phased when the instance says
 * so) minimising infeasibility (HARD deviations) first, then the objective (SOFT penalties).
 *
 * <p>Starts from a low-break circle-method schedule (second half mirrored) and runs simulated annealing over
 * structure-keeping moves ({@link ItcMoves}), each scored incrementally ({@link ItcState}), in two phases:
 * <ol>
 *   <li>feasibility, on a model of the HARD constraints alone: cooling cycles on the infeasibility, reheated
 *       hotter after a cycle that did not improve the best schedule, until a schedule is feasible;</li>
 *   <li>objective, on the full model, from that schedule over the rest of the budget: one cooling run on
 *       {@code 100 x infeasibility + objective}, starting hot enough to cross infeasible ground; ten times
 *       during the run an infeasible current schedule is repaired by a short phase-1 search.</li>
 * </ol>
 * The best schedule is kept lexicographically (infeasibility, objective). The budget is wall-clock, or a number
 * of evaluated moves that makes a run reproducible (the cooling then follows the move count).
 */
public final class ItcSolver {

    private static final int CHECK_EVERY = 256;
    /**
     * Phase 1 temperatures, in units of infeasibility: the start of a cooling cycle (doubled after each cycle
     * that did not improve the best schedule, up to the maximum, and back to the start after one that did) and
     * its end.
     */
    private static final double HARD_HOT = 0.5;
    private static final double HARD_HOTTEST = 4;
    private static final double HARD_COLD = 0.05;
    /** Phase 1 cycle length in moves per cell (team x slot) of the schedule. */
    private static final double CYCLE_PER_CELL = 150;
    /**
     * Phase 2 weight of a unit of infeasibility, and temperatures in units of objective: hot enough at the start
     * to cross infeasible ground (the repairs bring the schedule back).
     */
    private static final double HARD_WEIGHT = 100;
    private static final double SOFT_HOT = 100;
    /** Phase 2 checks for (and repairs) infeasibility this many times. */
    private static final int SEGMENTS = 10;
    private static final double SOFT_COLD = 0.3;

    /** Relative frequencies of the moves: swap homes, swap slots, swap teams, partial swaps of slots, of teams. */
    private static final int[] MIX = {2, 1, 1, 3, 3};
    private static final int MIX_TOTAL = 10;

    /** Solves the instance within the budget. */
    public ItcResult solve(Instance instance, ItcSolverConfig config) {
        return solve(instance, config, () -> false);
    }

    /**
     * Solves the instance within the budget, or until {@code stopped} says so (a cancelled job): it is asked as often as
     * the clock is, so it must be cheap. The best schedule found so far is returned either way.
     */
    public ItcResult solve(Instance instance, ItcSolverConfig config, BooleanSupplier stopped) {
        Run run = new Run(config, stopped);
        ItcModel full = new ItcModel(instance);
        int n = full.teams;
        int slots = full.slots;
        ItcState start = initial(full, run.random);
        // the feasibility search runs on the HARD constraints alone: far fewer units to score per move
        ItcModel hardOnly = new ItcModel(instance, true);
        long cycleLength = Math.max(1000, Math.round(CYCLE_PER_CELL * n * slots));
        ItcState best;
        if (start.infeasibility() > 0) {
            best = repair(run, hardOnly, start, cycleLength, Long.MAX_VALUE, true);
        } else {
            best = start;
            run.improved(best);
        }
        if (best.infeasibility() == 0) {
            objective(run, hardOnly, best.copy(), best, cycleLength);
        }
        return new ItcResult(best.games(), best.infeasibility(), best.objective(),
                Optional.ofNullable(run.firstFeasible), run.timeToBest, run.evaluated);
    }

    /**
     * Searches for feasibility from {@code from} on the HARD-only model (at most {@code maxMoves} moves, or until
     * feasible or out of budget); returns the least infeasible schedule found, scored on {@code from}'s model.
     */
    private static ItcState repair(Run run, ItcModel hardOnly, ItcState from, long cycleLength, long maxMoves,
            boolean report) {
        ItcState state = new ItcState(hardOnly, from.opponents(), from.homes());
        ItcState hardBest = state.copy();
        feasibility(run, state, hardBest, cycleLength, run.evaluated + maxMoves, report);
        return new ItcState(from.model, hardBest.opponents(), hardBest.homes());
    }

    /** Anneals the infeasibility in reheated cooling cycles until it reaches 0 or the budget ends. */
    private static void feasibility(Run run, ItcState state, ItcState best, long cycleLength, long until,
            boolean report) {
        ItcMoves moves = new ItcMoves(state);
        long cycleStart = run.evaluated;
        long bestAtCycleStart = best.infeasibility();
        double hot = HARD_HOT;
        double temperature = hot;
        long iterations = 0;
        while (state.infeasibility() > 0 && !run.movesSpent() && run.evaluated < until) {
            if (iterations++ % CHECK_EVERY == 0) {
                if (run.timeSpent()) {
                    break;
                }
                if (run.evaluated - cycleStart >= cycleLength) {
                    // reheat; after a cycle without progress, from the best schedule
                    if (best.infeasibility() >= bestAtCycleStart) {
                        state.copyFrom(best);
                        hot = Math.min(hot * 2, HARD_HOTTEST);
                    } else {
                        hot = HARD_HOT;
                    }
                    cycleStart = run.evaluated;
                    bestAtCycleStart = best.infeasibility();
                }
                double cycle = (double) (run.evaluated - cycleStart) / cycleLength;
                temperature = hot * Math.pow(HARD_COLD / hot, cycle);
            }
            long before = state.infeasibility();
            if (!move(run.random, moves, state.model)) {
                state.undo();
                continue;
            }
            state.evaluate();
            run.evaluated++;
            long delta = state.infeasibility() - before;
            if (delta <= 0 || run.random.nextDouble() < Math.exp(-delta / temperature)) {
                state.commit();
                if (state.infeasibility() < best.infeasibility()) {
                    best.copyFrom(state);
                    if (report) {
                        run.improved(best);
                    }
                }
            } else {
                state.undo();
            }
        }
    }

    /**
     * Anneals hardWeight x infeasibility + objective from the current (feasible) schedule over the rest of the
     * budget. The temperature starts high enough to cross infeasible ground; at the end of each of
     * {@link #SEGMENTS} parts of the run, an infeasible current schedule is repaired by a short feasibility
     * search before the annealing goes on.
     */
    private static void objective(Run run, ItcModel hardOnly, ItcState state, ItcState best, long cycleLength) {
        ItcMoves moves = new ItcMoves(state);
        double phaseStart = run.progress();
        double temperature = SOFT_HOT;
        int segment = 0;
        long iterations = 0;
        while (!run.movesSpent()) {
            if (iterations++ % CHECK_EVERY == 0) {
                if (run.timeSpent()) {
                    break;
                }
                double rest = phaseStart >= 1 ? 1 : Math.min(1, (run.progress() - phaseStart) / (1 - phaseStart));
                temperature = SOFT_HOT * Math.pow(SOFT_COLD / SOFT_HOT, rest);
                int now = (int) (rest * SEGMENTS);
                if (now > segment) {
                    segment = now;
                    if (state.infeasibility() > 0) {
                        state.copyFrom(repair(run, hardOnly, state, cycleLength, cycleLength / 2, false));
                        if (better(state, best)) {
                            best.copyFrom(state);
                            run.improved(best);
                        }
                    }
                }
            }
            long hardBefore = state.infeasibility();
            long softBefore = state.objective();
            if (!move(run.random, moves, state.model)) {
                state.undo();
                continue;
            }
            state.evaluate();
            run.evaluated++;
            double delta = HARD_WEIGHT * (state.infeasibility() - hardBefore) + (state.objective() - softBefore);
            if (delta <= 0 || run.random.nextDouble() < Math.exp(-delta / temperature)) {
                state.commit();
                if (better(state, best)) {
                    best.copyFrom(state);
                    run.improved(best);
                }
            } else {
                state.undo();
            }
        }
    }

    /** Applies a random move; false when the drawn move does not apply. */
    private static boolean move(SplittableRandom random, ItcMoves moves, ItcModel model) {
        int n = model.teams;
        int slots = model.slots;
        int draw = random.nextInt(MIX_TOTAL);
        int kind = 0;
        while (draw >= MIX[kind]) {
            draw -= MIX[kind++];
        }
        return switch (kind) {
            case 0 -> moves.swapHomes(random.nextInt(n), random.nextInt(n));
            case 1 -> moves.swapSlots(random.nextInt(slots), random.nextInt(slots));
            case 2 -> moves.swapTeams(random.nextInt(n), random.nextInt(n));
            case 3 -> moves.partialSwapSlots(random.nextInt(n), random.nextInt(slots), random.nextInt(slots));
            default -> model.phased
                    ? moves.partialSwapTeamsInHalf(random.nextInt(n), random.nextInt(n), random.nextInt(slots))
                    : moves.partialSwapTeams(random.nextInt(n), random.nextInt(n), random.nextInt(slots));
        };
    }


    /** The budget, the random source and what a run has achieved so far. */
    private static final class Run {
        final long start = System.nanoTime();
        final long limitNanos;
        final long maxMoves;
        final BooleanSupplier stopped;
        final SplittableRandom random;
        long evaluated;
        Duration firstFeasible;
        Duration timeToBest = Duration.ZERO;

        Run(ItcSolverConfig config, BooleanSupplier stopped) {
            this.stopped = stopped;
            limitNanos = config.timeLimit().toNanos();
            maxMoves = config.maxMoves();
            random = new SplittableRandom(config.seed());
        }

        boolean movesSpent() {
            return maxMoves > 0 && evaluated >= maxMoves;
        }

        boolean timeSpent() {
            return System.nanoTime() - start >= limitNanos || stopped.getAsBoolean();
        }

        /** Share of the budget used: of the move cap when there is one, else of the time limit. */
        double progress() {
            return maxMoves > 0 ? (double) evaluated / maxMoves
                    : Math.min(1, (double) (System.nanoTime() - start) / limitNanos);
        }

        void improved(ItcState best) {
            timeToBest = elapsed(start);
            if (firstFeasible == null && best.infeasibility() == 0) {
                firstFeasible = timeToBest;
            }
        }
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
     * The circle method over a random team order: team n-1 stays fixed, the others rotate, venues alternate so
     * that the season has few breaks (about 3n); the second half mirrors the first with venues swapped.
     */
    static ItcState initial(ItcModel model, SplittableRandom random) {
        int n = model.teams;
        int rounds = n - 1;
        int[] order = permutation(n, random);

        int[][] opponents = new int[n][2 * rounds];
        boolean[][] homes = new boolean[n][2 * rounds];
        for (int r = 0; r < rounds; r++) {
            int slot = r;
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
