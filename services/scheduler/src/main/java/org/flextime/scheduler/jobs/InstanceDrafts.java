package org.flextime.scheduler.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.flextime.scheduler.problems.InstanceRun;
import org.flextime.scheduler.problems.InstanceSolver;
import org.flextime.scheduler.problems.RobinxSource;

/**
 * The job queue's engine for imported RobinX instances: reads the instance from the constraints service when the job
 * runs (its active constraints then), solves it and reports the evaluator's scores as the job's final progress
 * (infeasibility as hard, objective as soft). The solvers stop at their budget or move cap, or within a fraction of
 * a second of a cancel.
 */
public class InstanceDrafts {

    private final RobinxSource source;
    private final InstanceSolver solver = new InstanceSolver();

    /** Drafts over the instances {@code source} reads. */
    public InstanceDrafts(RobinxSource source) {
        this.source = source;
    }

    /**
     * Solves the instance under the budget with the job's options ({@link InstanceRun}); throws
     * {@link CancellationException} when {@code cancelled} said so meanwhile.
     */
    public DraftEngine.Draft draft(String instanceId, Map<String, Object> options, Duration budget,
                                   Consumer<DraftEngine.Progress> progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        RobinxSource.Problem problem = source.find(instanceId)
                .orElseThrow(() -> new IllegalArgumentException("RobinX instance " + instanceId + " no longer exists"));
        Throttled stop = new Throttled(cancelled);
        InstanceSolver.Solved solved = solver.solve(problem, InstanceRun.of(options, problem.instance().minimizesTravel()), budget, stop);
        if (stop.said()) {
            throw new CancellationException("cancelled while solving " + instanceId);
        }
        progress.accept(new DraftEngine.Progress((System.nanoTime() - started) / 1_000_000, Math.toIntExact(solved.infeasibility()),
                solved.objective()));
        return new DraftEngine.Draft(solved.games(), instanceId, problem.constraintSetVersion());
    }

    /**
     * The job's cancel check (a database read) asked at most a few times a second, however often the solver's loop asks:
     * once it has said stop, it keeps saying so.
     */
    private static final class Throttled implements BooleanSupplier {
        private static final long EVERY_NANOS = 250_000_000L;
        private final BooleanSupplier check;
        private long askedAt = System.nanoTime();
        private volatile boolean stopped;

        Throttled(BooleanSupplier check) {
            this.check = check;
        }

        @Override
        public boolean getAsBoolean() {
            if (!stopped) {
                long now = System.nanoTime();
                // several solver threads may ask at once: one extra check now and then is harmless
                if (now - askedAt >= EVERY_NANOS) {
                    askedAt = now;
                    stopped = check.getAsBoolean();
                }
            }
            return stopped;
        }

        boolean said() {
            return stopped;
        }
    }
}
