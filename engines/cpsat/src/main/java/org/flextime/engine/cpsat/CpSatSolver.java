package org.flextime.engine.cpsat;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;

/**
 * Solves a round-robin timetabling instance with CP-SAT, feasibility first, then quality:
 * <ol>
 *   <li>the HARD rules alone, as constraints, no objective: CP-SAT looks for any legal schedule for up to
 *       {@link #FEASIBILITY_SHARE} of the budget; when it proves there is none, {@link ConflictExplainer} names the
 *       rules that conflict;</li>
 *   <li>large neighbourhood search from that schedule: free a window of slots, a group of teams or the venues
 *       ({@link Neighbourhoods}), fix the rest, re-solve the full objective with the current schedule as hint, keep
 *       the result when it is no worse. While no legal schedule is known the HARD rules are weighed in the
 *       objective instead ({@link RoundRobinModel#hardWeight}), starting from any schedule of the format, and
 *       become constraints again once one is legal.</li>
 * </ol>
 * Every re-solve is bounded by CP-SAT's deterministic time, and with more than one worker runs CP-SAT's interleaved
 * search, so a run with an iteration cap is the same for a seed on any machine; the wall clock only bounds the whole.
 * Scores are the ITC2021 evaluator's, never the model's.
 */
public final class CpSatSolver {

    /** Share of the budget the first, feasibility-only solve may take. */
    private static final double FEASIBILITY_SHARE = 0.4;
    /** Deterministic time of one neighbourhood re-solve. */
    private static final double ITERATION_WORK = 0.5;

    private final ItcEvaluator evaluator = new ItcEvaluator();

    /** Solves the instance within the budget. */
    public CpSatResult solve(Instance instance, CpSatConfig config) {
        long start = System.nanoTime();
        long deadline = start + config.timeLimit().toNanos();
        RoundRobinModel model = new RoundRobinModel(instance);
        SplittableRandom random = new SplittableRandom(config.seed());
        Progress progress = new Progress(start);

        model.strict(true);
        model.withObjective(false);
        double feasibilitySeconds = FEASIBILITY_SHARE * config.timeLimit().toNanos() / 1e9;
        CpSolver solver = solver(config, random, Math.min(feasibilitySeconds, remaining(deadline)),
                feasibilitySeconds);
        CpSolverStatus status = solver.solve(model.cpModel());
        if (status == CpSolverStatus.INFEASIBLE) {
            Optional<RuleConflict> conflict = new ConflictExplainer().explain(instance,
                    Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (conflict.isPresent()) {
                return new CpSatResult(List.of(), 0, 0, Optional.empty(), progress.elapsed(), 0, conflict);
            }
        }
        Scored current;
        if (status == CpSolverStatus.FEASIBLE || status == CpSolverStatus.OPTIMAL) {
            current = score(instance, model.read(solver::booleanValue));
        } else {
            // no legal schedule yet: any schedule of the format, HARD deviations weighed in the objective
            model.strict(false);
            CpSolver anySchedule = solver(config, random, Math.max(0.001, remaining(deadline)), Double.MAX_VALUE);
            CpSolverStatus formatStatus = anySchedule.solve(model.cpModel());
            if (formatStatus != CpSolverStatus.FEASIBLE && formatStatus != CpSolverStatus.OPTIMAL) {
                return new CpSatResult(List.of(), 0, 0, Optional.empty(), progress.elapsed(), 0,
                        formatStatus == CpSolverStatus.INFEASIBLE
                                ? Optional.of(new RuleConflict(List.of(), new RuleWording(instance).conflict(List.of())))
                                : Optional.empty());
            }
            current = score(instance, model.read(anySchedule::booleanValue));
        }
        progress.offer(current);
        model.withObjective(true);

        Neighbourhoods neighbourhoods = new Neighbourhoods(random, instance.teamCount(), instance.slotCount());
        long iterations = 0;
        while ((config.maxIterations() == 0 || iterations < config.maxIterations()) && remaining(deadline) > 0.01) {
            model.strict(current.infeasibility() == 0);
            Neighbourhoods.Kind kind = neighbourhoods.next();
            neighbourhoods.fixOutside(model, kind, model.played(current.games()));
            model.hint(current.games());
            CpSolver lns = solver(config, random, remaining(deadline), ITERATION_WORK);
            CpSolverStatus result = lns.solve(model.cpModel());
            model.freeAll();
            iterations++;
            neighbourhoods.learn(kind, result == CpSolverStatus.OPTIMAL || result == CpSolverStatus.INFEASIBLE);
            if (result == CpSolverStatus.FEASIBLE || result == CpSolverStatus.OPTIMAL) {
                Scored candidate = score(instance, model.read(lns::booleanValue));
                if (!current.betterThan(candidate)) {
                    current = candidate;
                    progress.offer(current);
                }
            }
        }
        Scored best = progress.best;
        return new CpSatResult(best.games(), best.infeasibility(), best.objective(),
                Optional.ofNullable(progress.firstFeasible), progress.timeToBest, iterations, Optional.empty());
    }

    private static CpSolver solver(CpSatConfig config, SplittableRandom random, double seconds, double work) {
        CpSolver solver = new CpSolver();
        SatParameters.Builder parameters = solver.getParameters();
        parameters.setNumWorkers(config.threads())
                .setRandomSeed(random.nextInt(Integer.MAX_VALUE))
                .setMaxTimeInSeconds(Math.max(0.001, seconds))
                .setMaxDeterministicTime(work)
                .setLogSearchProgress(false);
        if (config.threads() > 1) {
            // the interleaved search is deterministic whatever the number of workers
            parameters.setInterleaveSearch(true);
        }
        return solver;
    }

    private Scored score(Instance instance, List<ScheduledMatch> games) {
        Evaluation evaluation = evaluator.evaluate(instance,
                new Solution(SolutionMetaData.forInstance(instance.name()), games));
        return new Scored(games, evaluation.infeasibility(), evaluation.objective());
    }

    private static double remaining(long deadline) {
        return (deadline - System.nanoTime()) / 1e9;
    }

    /** A schedule and its evaluator scores. */
    private record Scored(List<ScheduledMatch> games, long infeasibility, long objective) {

        /** Lexicographically better: less infeasible, or as infeasible and a lower objective. */
        boolean betterThan(Scored other) {
            return infeasibility < other.infeasibility
                    || (infeasibility == other.infeasibility && objective < other.objective);
        }
    }

    /** The best schedule so far and when it and the first legal one were found. */
    private static final class Progress {
        private final long start;
        private Scored best;
        private Duration firstFeasible;
        private Duration timeToBest = Duration.ZERO;

        Progress(long start) {
            this.start = start;
        }

        void offer(Scored candidate) {
            if (best == null || candidate.betterThan(best)) {
                best = candidate;
                timeToBest = elapsed();
                if (firstFeasible == null && candidate.infeasibility() == 0) {
                    firstFeasible = timeToBest;
                }
            }
        }

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - start);
        }
    }
}
