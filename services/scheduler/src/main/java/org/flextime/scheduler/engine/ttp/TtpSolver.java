package org.flextime.scheduler.engine.ttp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Solves a TTP instance within a time budget with parallel annealing threads that share the best schedule: even
 * threads anneal once, slowly, from their own start; odd threads run cycles restarting from the shared best.
 */
public final class TtpSolver implements TtpEngine {

    /** Name used in reports. */
    @Override
    public String name() {
        return "flextime-sa";
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
        for (int k = 0; k < config.threads(); k++) {
            // Even threads anneal once, slowly, from their own start; odd threads run shorter cycles from the shared best.
            boolean deep = k % 2 == 0;
            TtpAnnealer annealer = new TtpAnnealer(instance, shared, deadline, config.seed() + k, stop, deep);
            annealers.add(annealer);
            Thread thread = new Thread(annealer, "ttp-annealer-" + k);
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
