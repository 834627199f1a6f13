package org.flextime.scheduler.engine.ttp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Solves a TTP instance within a time budget with parallel search threads that share the best schedule. Each thread
 * first builds schedules by beam search guided by the teams' trip bounds ({@link BeamPhase}, for instances up to
 * {@link TripBound#MAX_TEAMS} teams) for part of the budget, then anneals from the best one it built: even threads
 * anneal once, slowly, from their own start; odd threads run cycles restarting from the shared best.
 */
public final class TtpSolver implements TtpEngine {

    /** Share of the budget spent building schedules by beam search before annealing them. */
    private static final double BEAM_SHARE = 0.6;

    /** Name used in reports. */
    @Override
    public String name() {
        return "flextime-beam-sa";
    }

    /** Runs the search and returns the best schedule found; blocks for about the configured time limit. */
    @Override
    public TtpResult solve(TtpInstance instance, TtpSolverConfig config) {
        long start = System.nanoTime();
        long deadline = start + config.timeLimit().toNanos();
        BestSchedule shared = new BestSchedule(instance, start);
        AtomicBoolean stop = new AtomicBoolean(false);
        List<TtpAnnealer> annealers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        TripBound bound = TripBound.fits(instance) ? new TripBound(instance) : null;
        long beamDeadline = start + (long) (BEAM_SHARE * config.timeLimit().toNanos());
        for (int k = 0; k < config.threads(); k++) {
            // Even threads anneal once, slowly, from their own start; odd threads run shorter cycles from the shared best.
            boolean deep = k % 2 == 0;
            long seed = config.seed() + k;
            TtpAnnealer annealer = new TtpAnnealer(instance, shared, deadline, seed, stop, deep);
            annealers.add(annealer);
            Runnable search = () -> {
                TtpState built = new TtpState(instance);
                boolean constructed = bound != null
                        && new BeamPhase(instance, bound, shared).run(built, beamDeadline, seed, stop::get);
                annealer.run(constructed ? built : null);
            };
            Thread thread = new Thread(search, "ttp-search-" + k);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        try {
            for (Thread thread : threads) {
                thread.join();
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
