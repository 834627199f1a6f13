package org.flextime.engine.cpsat;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.SatParameters;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.itc.Violation;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;

/**
 * Solves a round-robin timetabling instance with CP-SAT, feasibility first, then quality:
 * <ol>
 *   <li>the start: the best of a few circle-method schedules ({@link CircleSchedule}), legal in format, scored by the
 *       ITC2021 evaluator;</li>
 *   <li>if it breaks HARD rules, CP-SAT with the HARD rules as constraints, hinted towards it, for
 *       {@link #PROBE_SHARE} of the budget: it settles the small instances at once, and when it proves there is no
 *       legal schedule, {@link ConflictExplainer} names the rules that conflict;</li>
 *   <li>if still illegal and the season is a compact double round robin, first break, then schedule
 *       ({@link #patternFirst}): home-away patterns that keep the HARD rules on venues alone, then the games with the
 *       patterns fixed, the HARD deviation minimised, pattern after pattern for up to {@link #PATTERN_SHARE} of the
 *       budget;</li>
 *   <li>if still illegal, repair: CP-SAT's own neighbourhood search minimises the summed HARD deviation from the
 *       best schedule so far (given as a complete hint), until it is 0 or the budget ends;</li>
 *   <li>quality: CP-SAT's neighbourhood search on the whole objective with the HARD rules as constraints for
 *       {@link #WHOLE_MODEL_SHARE} of what is left, then this class's large neighbourhood search: free a window of
 *       slots, a group of teams or the venues ({@link Neighbourhoods}), mostly around a rule the schedule breaks,
 *       fix the rest, re-solve, keep the result when it is no worse.</li>
 * </ol>
 * The best schedule so far is always kept. With an iteration cap every CP-SAT call runs the interleaved search
 * bounded by deterministic time, so such a run is the same for a seed on any machine; without one the wall clock
 * bounds each phase and CP-SAT's parallel portfolio is used. Scores are the ITC2021 evaluator's, never the model's.
 */
public final class CpSatSolver {

    /** Share of the budget the first, feasibility-only solve may take. */
    private static final double FEASIBILITY_SHARE = 0.4;
    /** Deterministic time of one neighbourhood re-solve. */
    private static final double ITERATION_WORK = 0.5;
    /** Share of the budget of the first look for a legal schedule with the HARD rules as constraints. */
    private static final double PROBE_SHARE = 0.1;
    /** Share of the remaining budget CP-SAT's own search improves a legal schedule before the neighbourhoods. */
    private static final double WHOLE_MODEL_SHARE = 0.5;
    /** Share of the budget the patterns-first phase may take. */
    private static final double PATTERN_SHARE = 0.6;
    /** Time one set of home-away patterns may take to find. */
    private static final double PATTERN_SECONDS = 5;
    /** Time the timetable of one set of patterns may take. */
    private static final double TIMETABLE_SECONDS = 10;
    /** Circle orders drawn for the starting schedule. */
    private static final int CIRCLE_DRAWS = 30;
    /** Share of neighbourhoods placed on a broken rule. */
    private static final double FOCUS_SHARE = 0.7;

    private final ItcEvaluator evaluator = new ItcEvaluator();

    /** Solves the instance within the budget. */
    public CpSatResult solve(Instance instance, CpSatConfig config) {
        try (StopRequest never = new StopRequest(() -> false, false)) {
            return solve(instance, config, never);
        }
    }

    /**
     * Solves the instance within the budget or until {@code stopped} says so (asked every
     * {@value StopRequest#POLL_MILLIS} ms from another thread), answering the best schedule found by then.
     */
    public CpSatResult solve(Instance instance, CpSatConfig config, BooleanSupplier stopped) {
        try (StopRequest stop = new StopRequest(stopped, true)) {
            return solve(instance, config, stop);
        }
    }

    private CpSatResult solve(Instance instance, CpSatConfig config, StopRequest stop) {
        long start = System.nanoTime();
        long deadline = start + config.timeLimit().toNanos();
        RoundRobinModel model = new RoundRobinModel(instance);
        SplittableRandom random = new SplittableRandom(config.seed());
        Progress progress = new Progress(start);

        // the circle schedule that breaks the fewest rules: the hint of the first search and the start of the repair
        Optional<Scored> circle = circleStart(instance, random);
        Scored current;
        if (circle.isPresent()) {
            current = circle.get();
            progress.offer(current);
            if (current.infeasibility() > 0) {
                // first a look for a legal schedule with the HARD rules as constraints: it settles the small
                // instances, propagating the rules finds some larger ones sooner than weighing them does, and it
                // proves the rules contradictory when they plainly are
                model.strict(true);
                model.withObjective(false);
                model.hint(current.games());
                double probeSeconds = PROBE_SHARE * config.timeLimit().toNanos() / 1e9;
                CpSolver probe = solver(config.threads(), random, Math.min(probeSeconds, remaining(deadline)),
                        work(config, probeSeconds));
                CpSolverStatus probed = stop.solve(probe, model.cpModel());
                if (probed == CpSolverStatus.INFEASIBLE && !stop.said()) {
                    Optional<CpSatResult> conflict = conflict(instance, deadline, progress);
                    if (conflict.isPresent()) {
                        return conflict.get();
                    }
                }
                if (probed == CpSolverStatus.FEASIBLE || probed == CpSolverStatus.OPTIMAL) {
                    current = score(instance, model.read(probe::booleanValue));
                    progress.offer(current);
                }
            }
            if (current.infeasibility() > 0 && !stop.said()) {
                Optional<Scored> patterned = patternFirst(instance, model, config, random, stop);
                if (patterned.isPresent() && patterned.get().betterThan(current)) {
                    current = patterned.get();
                    progress.offer(current);
                }
            }
            if (current.infeasibility() > 0) {
                // repair: CP-SAT minimises the summed HARD deviation from the best schedule so far, its own
                // neighbourhood search working on one presolved model (far cheaper per neighbourhood than re-solving
                // ours), and stops at 0
                model.strict(false);
                model.repairing();
                model.completeHint(current.games());
                CpSolver repair = wholeModelSolver(config, config.threads(), random, remaining(deadline),
                        work(config, FEASIBILITY_SHARE * config.timeLimit().toNanos() / 1e9));
                CpSolverStatus status = stop.solve(repair, model.cpModel());
                if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                    Scored repaired = score(instance, model.read(repair::booleanValue));
                    if (repaired.betterThan(current)) {
                        current = repaired;
                        progress.offer(current);
                    }
                }
            }
            if (current.infeasibility() == 0 && remaining(deadline) > 0.01 && !stop.said()) {
                // quality, first on the whole model: CP-SAT's neighbourhoods from the legal schedule
                model.strict(true);
                model.withObjective(true);
                model.completeHint(current.games());
                CpSolver improve = wholeModelSolver(config, config.threads(), random,
                        WHOLE_MODEL_SHARE * remaining(deadline),
                        work(config, WHOLE_MODEL_SHARE * config.timeLimit().toNanos() / 1e9));
                CpSolverStatus status = stop.solve(improve, model.cpModel());
                if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
                    Scored improved = score(instance, model.read(improve::booleanValue));
                    if (improved.betterThan(current)) {
                        current = improved;
                        progress.offer(current);
                    }
                }
            }
        } else {
            model.strict(true);
            model.withObjective(false);
            double feasibilitySeconds = FEASIBILITY_SHARE * config.timeLimit().toNanos() / 1e9;
            CpSolver solver = solver(config.threads(), random, Math.min(feasibilitySeconds, remaining(deadline)),
                    feasibilitySeconds);
            CpSolverStatus status = stop.solve(solver, model.cpModel());
            if (status == CpSolverStatus.INFEASIBLE && !stop.said()) {
                Optional<CpSatResult> conflict = conflict(instance, deadline, progress);
                if (conflict.isPresent()) {
                    return conflict.get();
                }
            }
            if (status == CpSolverStatus.FEASIBLE || status == CpSolverStatus.OPTIMAL) {
                current = score(instance, model.read(solver::booleanValue));
            } else {
                // no legal schedule yet: any schedule of the format, HARD deviations weighed in the objective
                model.strict(false);
                CpSolver anySchedule = solver(config.threads(), random, Math.max(0.001, remaining(deadline)),
                        Double.MAX_VALUE);
                CpSolverStatus formatStatus = stop.solve(anySchedule, model.cpModel());
                if (formatStatus != CpSolverStatus.FEASIBLE && formatStatus != CpSolverStatus.OPTIMAL) {
                    return new CpSatResult(List.of(), 0, 0, Optional.empty(), progress.elapsed(), 0,
                            formatStatus == CpSolverStatus.INFEASIBLE
                                    ? Optional.of(new RuleConflict(List.of(),
                                            new RuleWording(instance).conflict(List.of())))
                                    : Optional.empty());
                }
                current = score(instance, model.read(anySchedule::booleanValue));
            }
        }
        progress.offer(current);
        model.withObjective(true);

        Map<Integer, RobinxConstraint> rules = new HashMap<>();
        instance.constraints().forEach(rule -> rules.put(rule.line(), rule));
        Neighbourhoods neighbourhoods = new Neighbourhoods(random, instance.teamCount(), instance.slotCount());
        long iterations = 0;
        try {
            while ((config.maxIterations() == 0 || iterations < config.maxIterations()) && remaining(deadline) > 0.01
                    && !stop.said()) {
                model.strict(current.infeasibility() == 0);
                if (current.infeasibility() > 0) {
                    // the SOFT rules would keep each re-solve busy proving a bound that does not matter yet
                    model.repairing();
                } else {
                    model.withObjective(true);
                }
                Neighbourhoods.Kind kind = neighbourhoods.next();
                neighbourhoods.fixOutside(model, kind, model.played(current.games()), focus(current, rules, random));
                model.hint(current.games());
                CpSolver lns = solver(config.threads(), random, remaining(deadline), ITERATION_WORK);
                // most literals are fixed: one presolve pass finds what there is to find, probing would cost more
                lns.getParameters().setMaxPresolveIterations(1).setCpModelProbingLevel(0).setSymmetryLevel(0);
                CpSolverStatus result = stop.solve(lns, model.cpModel());
                model.freeAll();
                iterations++;
                neighbourhoods.learn(kind, result == CpSolverStatus.OPTIMAL || result == CpSolverStatus.INFEASIBLE);
                if (result == CpSolverStatus.FEASIBLE || result == CpSolverStatus.OPTIMAL) {
                    Scored candidate = score(instance, model.read(lns::booleanValue));
                    // while repairing, a schedule as illegal as the current one is a step sideways worth taking
                    boolean repairing = current.infeasibility() > 0;
                    if (repairing ? candidate.infeasibility() <= current.infeasibility()
                            : !current.betterThan(candidate)) {
                        current = candidate;
                        progress.offer(current);
                    }
                }
            }
        } finally {
            model.freeAll();
        }
        Scored best = progress.best;
        return new CpSatResult(best.games(), best.infeasibility(), best.objective(),
                Optional.ofNullable(progress.firstFeasible), progress.timeToBest, iterations, Optional.empty());
    }

    /**
     * First break, then schedule: home-away patterns that keep the HARD rules on venues alone
     * ({@link HomeAwayPatterns}), then the whole model with the patterns fixed, minimising the summed HARD deviation,
     * pattern after pattern for up to {@link #PATTERN_SHARE} of the budget. Answers the least illegal schedule it
     * found (stopping at the first legal one), or empty when the format is not one patterns describe or no pattern
     * came in time.
     */
    private Optional<Scored> patternFirst(Instance instance, RoundRobinModel model, CpSatConfig config,
            SplittableRandom random, StopRequest stop) {
        Optional<HomeAwayPatterns> patterns = HomeAwayPatterns.of(instance);
        if (patterns.isEmpty()) {
            return Optional.empty();
        }
        long phaseEnd = System.nanoTime() + (long) (PATTERN_SHARE * config.timeLimit().toNanos());
        Scored best = null;
        // weighed, not strict: with the patterns fixed, lowering the deviation finds legal timetables that a search
        // for one with the rules as constraints did not find in the same time
        model.strict(false);
        model.repairing();
        model.clearHints();
        try {
            while (remaining(phaseEnd) > 0.01 && !stop.said() && (best == null || best.infeasibility() > 0)) {
                Optional<boolean[][]> pattern = patterns.get().next(portfolio(config, config.threads(), random,
                        Math.min(PATTERN_SECONDS, remaining(phaseEnd)), work(config, PATTERN_SECONDS)), stop);
                if (pattern.isEmpty()) {
                    break;
                }
                model.fixPattern(pattern.get());
                CpSolver timetable = solver(config.threads(), random, Math.min(TIMETABLE_SECONDS, remaining(phaseEnd)),
                        work(config, TIMETABLE_SECONDS));
                CpSolverStatus status = stop.solve(timetable, model.cpModel());
                model.freePattern();
                if (status == CpSolverStatus.FEASIBLE || status == CpSolverStatus.OPTIMAL) {
                    Scored found = score(instance, model.read(timetable::booleanValue));
                    if (best == null || found.betterThan(best)) {
                        best = found;
                    }
                }
            }
            return Optional.ofNullable(best);
        } finally {
            model.freePattern();
        }
    }

    /**
     * The deterministic time a phase may take: in a run with an iteration cap as much as that many neighbourhoods
     * (so a capped run stays short whatever its wall-clock budget), otherwise its share of the budget.
     */
    private static double work(CpSatConfig config, double shareSeconds) {
        return config.maxIterations() > 0 ? config.maxIterations() * ITERATION_WORK : shareSeconds;
    }

    /** The conflicting rules as the run's outcome, or empty when the explainer ran out of time. */
    private static Optional<CpSatResult> conflict(Instance instance, long deadline, Progress progress) {
        return new ConflictExplainer().explain(instance, Duration.ofNanos(Math.max(1, deadline - System.nanoTime())))
                .map(found -> new CpSatResult(List.of(), 0, 0, Optional.empty(), progress.elapsed(), 0,
                        Optional.of(found)));
    }

    /**
     * Mostly the teams and slots of a rule the schedule breaks (HARD while it is illegal, else SOFT, drawn by the
     * penalty it costs), now and then none so the search also wanders where nothing is wrong yet.
     */
    private static Optional<Neighbourhoods.Focus> focus(Scored current, Map<Integer, RobinxConstraint> rules,
            SplittableRandom random) {
        if (random.nextDouble() >= FOCUS_SHARE) {
            return Optional.empty();
        }
        boolean hard = current.infeasibility() > 0;
        List<Violation> wrong = current.violations().stream()
                .filter(v -> v.isHard() == hard && rules.containsKey(v.line())).toList();
        long total = wrong.stream().mapToLong(v -> (long) v.deviation() * (hard ? 1 : v.weight())).sum();
        if (total <= 0) {
            return Optional.empty();
        }
        long draw = random.nextLong(total);
        for (Violation v : wrong) {
            draw -= (long) v.deviation() * (hard ? 1 : v.weight());
            if (draw < 0) {
                return Optional.of(Neighbourhoods.focusOf(rules.get(v.line()), current.teams(), current.slots()));
            }
        }
        return Optional.empty();
    }

    /** The best of {@link #CIRCLE_DRAWS} circle schedules, or empty when the format has no room for one. */
    private Optional<Scored> circleStart(Instance instance, SplittableRandom random) {
        int n = instance.teamCount();
        int ring = n % 2 == 0 ? n - 1 : n;
        if ((long) instance.roundRobins() * ring > instance.slotCount()) {
            return Optional.empty();
        }
        int[] order = CircleSchedule.identity(n);
        Scored best = score(instance, CircleSchedule.of(instance, order));
        for (int draw = 1; draw < CIRCLE_DRAWS; draw++) {
            CircleSchedule.shuffle(order, random);
            Scored candidate = score(instance, CircleSchedule.of(instance, order));
            if (candidate.betterThan(best)) {
                best = candidate;
            }
        }
        return Optional.of(best);
    }

    /**
     * CP-SAT on the whole model with its full portfolio (its own neighbourhoods, local search and bound-proving
     * workers); in a deterministic run (an iteration cap) the interleaved search bounded by {@code work}.
     */
    private static CpSolver wholeModelSolver(CpSatConfig config, int threads, SplittableRandom random,
            double seconds, double work) {
        CpSolver solver = portfolio(config, threads, random, seconds, work);
        if (config.maxIterations() == 0) {
            solver.getParameters()
                    // the model is presolved once here, but probing it thrice costs seconds a loaded machine lacks
                    .setMaxPresolveIterations(1)
                    // every worker on neighbourhoods: a full-model search on one worker found nothing in its time on
                    // the larger instances, while the neighbourhoods kept lowering the deviation
                    .setUseLnsOnly(true);
        }
        return solver;
    }

    /**
     * CP-SAT's parallel portfolio (its workers search differently, and two of them find what one does not); in a
     * deterministic run (an iteration cap) the interleaved search bounded by {@code work}.
     */
    private static CpSolver portfolio(CpSatConfig config, int threads, SplittableRandom random, double seconds,
            double work) {
        if (config.maxIterations() > 0) {
            return solver(threads, random, seconds, work);
        }
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(threads)
                .setRandomSeed(random.nextInt(Integer.MAX_VALUE))
                .setMaxTimeInSeconds(Math.max(0.001, seconds))
                .setLogSearchProgress(false);
        return solver;
    }

    private static CpSolver solver(int threads, SplittableRandom random, double seconds, double work) {
        CpSolver solver = new CpSolver();
        SatParameters.Builder parameters = solver.getParameters();
        parameters.setNumWorkers(threads)
                .setRandomSeed(random.nextInt(Integer.MAX_VALUE))
                .setMaxTimeInSeconds(Math.max(0.001, seconds))
                .setMaxDeterministicTime(work)
                .setLogSearchProgress(false);
        if (threads > 1) {
            // the interleaved search is deterministic whatever the number of workers
            parameters.setInterleaveSearch(true);
        }
        return solver;
    }

    private Scored score(Instance instance, List<ScheduledMatch> games) {
        Evaluation evaluation = evaluator.evaluate(instance,
                new Solution(SolutionMetaData.forInstance(instance.name()), games));
        return new Scored(games, evaluation.infeasibility(), evaluation.objective(), evaluation.violations(),
                instance.teamCount(), instance.slotCount());
    }

    private static double remaining(long deadline) {
        return (deadline - System.nanoTime()) / 1e9;
    }

    /** A schedule and its evaluator scores. */
    private record Scored(List<ScheduledMatch> games, long infeasibility, long objective, List<Violation> violations,
                          int teams, int slots) {

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
