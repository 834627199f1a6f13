package org.flextime.engine.ttp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Solves a TTP instance within a time budget with parallel search threads that share the best schedule. On instances
 * up to {@link TripBound#MAX_TEAMS} teams a thread first builds schedules by beam search guided by the teams' trip
 * bounds for part of the budget, then rebuilds parts of the best one it built by smaller beams until the deadline
 * ({@link BeamPhase}); on larger instances, and in the even threads on the smallest, it anneals instead
 * ({@link TtpAnnealer}: even threads once, slowly, from their own start; odd threads in cycles from the shared best).
 */
public final class TtpSolver implements TtpEngine {

    /**
     * Share of the budget spent building whole schedules by beam search before rebuilding parts of the best: measured,
     * rebuilds (with their fresh starts) find CIRC10's optimum more often than the widest beams do, so they get most.
     */
    private static final double BEAM_SHARE = 0.3;
    /** Share of the budget after which rebuilds that stopped shortening the incumbent start from a fresh beam. */
    private static final double STALL_SHARE = 0.1;
    /** Beam width of a rebuild of part of the incumbent. */
    private static final int REBUILD_WIDTH = 2000;
    /**
     * Up to this many teams the even threads only anneal, from canonical schedules: measured, the annealer reaches
     * the optimum of NL8 that beams and rebuilds miss by a few tenths of a percent, while on 10 teams and more beams
     * and rebuilds do far better than annealing.
     */
    private static final int ANNEAL_ONLY_TEAMS = 8;
    /** How often the calling thread asks whether the run was stopped. */
    private static final long STOP_POLL_MILLIS = 200;

    /** Name used in reports. */
    @Override
    public String name() {
        return "flextime-beam-sa";
    }

    /** Runs the search and returns the best schedule found; blocks for about the configured time limit. */
    @Override
    public TtpResult solve(TtpInstance instance, TtpSolverConfig config) {
        return solve(instance, config, () -> false);
    }

    /**
     * Runs the search until the time limit or until {@code stopped} says so (asked a few times a second, by the calling
     * thread: a cancelled job), and returns the best schedule found.
     */
    public TtpResult solve(TtpInstance instance, TtpSolverConfig config, BooleanSupplier stopped) {
        long start = System.nanoTime();
        long deadline = start + config.timeLimit().toNanos();
        BestSchedule shared = new BestSchedule(instance, start);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<TtpAnnealer> annealers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        TripBound bound = TripBound.fits(instance) ? new TripBound(instance) : null;
        long beamDeadline = start + (long) (BEAM_SHARE * config.timeLimit().toNanos());
        long stall = (long) (STALL_SHARE * config.timeLimit().toNanos());
        for (int k = 0; k < config.threads(); k++) {
            // Even threads anneal once, slowly, from their own start; odd threads run shorter cycles from the shared best.
            boolean deep = k % 2 == 0;
            long seed = config.seed() + k;
            TtpAnnealer annealer = new TtpAnnealer(instance, shared, deadline, seed, stop, deep, config.moves());
            annealers.add(annealer);
            boolean annealOnly = bound == null || (deep && instance.teams() <= ANNEAL_ONLY_TEAMS);
            Runnable search = annealOnly ? annealer : () -> {
                BeamPhase phase = new BeamPhase(instance, bound, shared);
                TtpState built = new TtpState(instance);
                if (phase.run(built, beamDeadline, seed, stop::get)) {
                    phase.rebuild(built, REBUILD_WIDTH, deadline, stall, seed, stop::get);
                } else {
                    annealer.run();
                }
            };
            Thread thread = new Thread(search, "ttp-search-" + k);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        try {
            for (Thread thread : threads) {
                while (thread.isAlive()) {
                    thread.join(STOP_POLL_MILLIS);
                    if (!stop.get() && stopped.getAsBoolean()) {
                        stop.set(true);
                    }
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            for (Thread thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException ignored) {
                    // Already interrupted; the threads stop within a few moves because stop is set.
                }
            }
        }
        long moves = annealers.stream().mapToLong(TtpAnnealer::moves).sum();
        return shared.result(moves);
    }
}
