package org.flextime.engine.cpsat;

import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.function.BooleanSupplier;

/**
 * A caller's wish to stop a run, brought to CP-SAT: a watcher thread asks the caller every {@link #POLL_MILLIS} ms
 * and, once it says stop, stops the search under way and every one started after. CP-SAT's native search cannot
 * poll a Java supplier itself, and its own time limits are set before it starts.
 */
final class StopRequest implements AutoCloseable {

    /** How often the caller is asked. */
    static final long POLL_MILLIS = 100;

    private final BooleanSupplier stopped;
    private final Thread watcher;
    private volatile CpSolver running;
    private volatile boolean said;

    /** Watches {@code stopped} until {@link #close()}; a supplier that never says stop starts no thread. */
    StopRequest(BooleanSupplier stopped, boolean watch) {
        this.stopped = stopped;
        if (watch) {
            watcher = new Thread(this::watch, "cpsat-stop-watch");
            watcher.setDaemon(true);
            watcher.start();
        } else {
            watcher = null;
        }
    }

    /** Whether the caller asked to stop. */
    boolean said() {
        return said;
    }

    /** Runs the search unless a stop was asked; a stop asked while it runs ends it within a poll. */
    CpSolverStatus solve(CpSolver solver, CpModel model) {
        if (said) {
            return CpSolverStatus.UNKNOWN;
        }
        running = solver;
        try {
            return solver.solve(model);
        } finally {
            running = null;
        }
    }

    private void watch() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                if (!said && stopped.getAsBoolean()) {
                    said = true;
                }
                if (said) {
                    // again at every poll: a search may have started just after the last call
                    CpSolver solver = running;
                    if (solver != null) {
                        solver.stopSearch();
                    }
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.interrupt();
        }
    }
}
