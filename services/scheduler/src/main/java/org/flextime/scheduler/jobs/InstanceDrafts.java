package org.flextime.scheduler.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.flextime.scheduler.problems.InstanceRun;
import org.flextime.scheduler.problems.InstanceSolver;
import org.flextime.scheduler.problems.RobinxSource;

/**
 * The job queue's engine for imported RobinX instances: reads the instance from the constraints service when the job
 * runs (its active constraints then), solves it and reports the evaluator's scores as the job's final progress
 * (infeasibility as hard, objective as soft). The solvers stop at their budget or move cap, not on a cancel: a job
 * cancelled meanwhile is compensated when the solver returns.
 */
public class InstanceDrafts {

    private final RobinxSource source;
    private final InstanceSolver solver = new InstanceSolver();

    /** Drafts over the instances {@code source} reads. */
    public InstanceDrafts(RobinxSource source) {
        this.source = source;
    }

    /** Solves the instance under the budget with the job's options ({@link InstanceRun}). */
    public DraftEngine.Draft draft(String instanceId, Map<String, Object> options, Duration budget,
                                   Consumer<DraftEngine.Progress> progress) {
        long started = System.nanoTime();
        RobinxSource.Problem problem = source.find(instanceId)
                .orElseThrow(() -> new IllegalArgumentException("RobinX instance " + instanceId + " no longer exists"));
        InstanceSolver.Solved solved = solver.solve(problem, InstanceRun.of(options), budget);
        progress.accept(new DraftEngine.Progress((System.nanoTime() - started) / 1_000_000, Math.toIntExact(solved.infeasibility()),
                solved.objective()));
        return new DraftEngine.Draft(solved.games(), instanceId, problem.constraintSetVersion());
    }
}
