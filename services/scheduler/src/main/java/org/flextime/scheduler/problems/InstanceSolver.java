package org.flextime.scheduler.problems;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.flextime.domain.Game;
import org.flextime.engine.cpsat.CpSatConfig;
import org.flextime.engine.cpsat.CpSatResult;
import org.flextime.engine.cpsat.CpSatSolver;
import org.flextime.engine.itc.ItcSolver;
import org.flextime.engine.itc.ItcSolverConfig;
import org.flextime.engine.ttp.TtpEvaluation;
import org.flextime.engine.ttp.TtpEvaluator;
import org.flextime.engine.ttp.TtpGame;
import org.flextime.engine.ttp.TtpInstance;
import org.flextime.engine.ttp.TtpResult;
import org.flextime.engine.ttp.TtpRobinx;
import org.flextime.engine.ttp.TtpSolver;
import org.flextime.engine.ttp.TtpSolverConfig;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;

/**
 * Solves an imported RobinX instance with the engine its objective calls for, exactly as {@code ./flextime solve}
 * does (same solvers, configuration and independent evaluation): a TTP instance with the TTP solver, any other with
 * the CP-SAT engine or, when asked, the ITC2021 annealer. A seeded run with an iteration or move cap gives the same
 * objective through the API as on the command line. Games are stored with the instance's team codes, on the date
 * each slot stands for.
 */
public final class InstanceSolver {

    /** The solved schedule and the evaluator's scores: infeasibility (hard) and objective (soft or travel). */
    public record Solved(List<Game> games, long infeasibility, long objective) {
    }

    /** Solves the instance within the budget. */
    public Solved solve(RobinxSource.Problem problem, InstanceRun run, Duration budget) {
        return solve(problem, run, budget, () -> false);
    }

    /**
     * Solves the instance within the budget or until {@code stopped} (asked often: keep it cheap) says so; throws
     * {@link ConflictingRules} when the CP-SAT engine proves the HARD rules contradictory.
     */
    public Solved solve(RobinxSource.Problem problem, InstanceRun run, Duration budget, BooleanSupplier stopped) {
        List<ScheduledMatch> matches;
        if (problem.instance().minimizesTravel()) {
            TtpInstance instance = new TtpRobinx().instance(problem.instance());
            TtpResult result = new TtpSolver().solve(instance, new TtpSolverConfig(budget, run.seed(), run.threads(), run.moves()), stopped);
            matches = result.games().stream().map(g -> new ScheduledMatch(g.home(), g.away(), g.slot())).toList();
        } else if (run.usesCpSat()) {
            CpSatResult result = new CpSatSolver().solve(problem.instance(),
                    new CpSatConfig(budget, run.seed(), run.threads(), run.iterations()), stopped);
            if (result.conflict().isPresent()) {
                throw new ConflictingRules(result.conflict().get().explanation(), Set.of());
            }
            matches = result.games();
        } else {
            matches = new ItcSolver().solve(problem.instance(), new ItcSolverConfig(budget, run.seed(), run.moves()), stopped).games();
        }
        List<Game> games = new ArrayList<>();
        for (ScheduledMatch m : matches) {
            games.add(game(problem, games.size(), m.home(), m.away(), m.slot()));
        }
        ObjectiveValue scores = score(problem.instance(), matches);
        return new Solved(games, scores.infeasibility(), scores.objective());
    }

    /**
     * The scores of a schedule of the instance by the independent evaluators, as {@code ./flextime solve} and
     * {@code validate} report them: a TTP instance's violated rules and travel distance, an ITC2021 instance's
     * infeasibility and objective.
     */
    public static ObjectiveValue score(Instance instance, List<ScheduledMatch> matches) {
        if (instance.minimizesTravel()) {
            TtpInstance ttp = new TtpRobinx().instance(instance);
            TtpEvaluation evaluation = new TtpEvaluator().evaluate(ttp,
                    matches.stream().map(m -> new TtpGame(m.home(), m.away(), m.slot())).toList());
            return new ObjectiveValue(evaluation.violations().size(), evaluation.distance());
        }
        Evaluation evaluation = new ItcEvaluator().evaluate(instance,
                new Solution(new SolutionMetaData("", instance.name(), "FlexTime", "", Optional.empty(), ""), matches));
        return new ObjectiveValue(evaluation.infeasibility(), evaluation.objective());
    }

    private static Game game(RobinxSource.Problem problem, int index, int home, int away, int slot) {
        return new Game(String.format("g%03d", index + 1), problem.slotDates().get(slot), problem.codes().get(home),
                problem.codes().get(away), null);
    }
}
