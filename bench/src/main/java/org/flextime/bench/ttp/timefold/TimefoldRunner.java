package org.flextime.bench.ttp.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.flextime.engine.ttp.TtpEvaluation;
import org.flextime.engine.ttp.TtpEvaluator;
import org.flextime.engine.ttp.TtpGame;
import org.flextime.engine.ttp.TtpInstance;
import org.flextime.engine.ttp.TtpResult;
import org.flextime.engine.ttp.TtpSolverConfig;

/**
 * Runs one independent Timefold solver per thread with seeds seed, seed+1, ... and keeps the best result.
 *
 * <p>Timefold's own multi-threaded incremental solving is not in the community edition, so parallel independent
 * runs are the fair way to give the baselines the same threads as our solver.
 */
final class TimefoldRunner {

    private TimefoldRunner() {
    }

    /** One thread's outcome with its timing. */
    private record Run(TfSchedule best, long firstFeasibleMillis, long bestMillis) {
    }

    /** The TTP model both baselines share: matches assigned to rounds, scored by {@link TtpConstraints}. */
    static SolverConfig model(long seed, Duration timeLimit) {
        return new SolverConfig()
                .withSolutionClass(TfSchedule.class)
                .withEntityClasses(TfMatch.class)
                .withConstraintProviderClass(TtpConstraints.class)
                .withEnvironmentMode(ai.timefold.solver.core.config.solver.EnvironmentMode.NON_REPRODUCIBLE)
                .withRandomSeed(seed)
                .withTerminationSpentLimit(timeLimit);
    }

    /** Solves with the given per-seed solver configuration and problem factory. */
    static TtpResult solve(TtpInstance instance, TtpSolverConfig config, LongFunction<SolverConfig> solverConfig,
                           Supplier<TfSchedule> problem) {
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), r -> {
            Thread t = new Thread(r, "ttp-timefold");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Run>> futures = new ArrayList<>();
            for (int k = 0; k < config.threads(); k++) {
                long seed = config.seed() + k;
                futures.add(pool.submit(() -> runOne(solverConfig.apply(seed), problem.get())));
            }
            Run winner = null;
            for (Future<Run> future : futures) {
                Run run = future.get();
                if (winner == null || run.best().getScore().compareTo(winner.best().getScore()) > 0) {
                    winner = run;
                }
            }
            long firstFeasible = futures.stream().map(TimefoldRunner::join)
                    .mapToLong(Run::firstFeasibleMillis).filter(ms -> ms >= 0).min().orElse(-1);
            List<TtpGame> games = toGames(winner.best());
            // The engine's own evaluator is the judge, not the constraint streams.
            TtpEvaluation evaluation = new TtpEvaluator().evaluate(instance, games);
            return new TtpResult(games, evaluation.distance(), evaluation.feasible(),
                    firstFeasible < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(firstFeasible)),
                    Duration.ofMillis(winner.bestMillis()), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while solving", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Timefold run failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Run join(Future<Run> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Run runOne(SolverConfig config, TfSchedule problem) {
        Solver<TfSchedule> solver = SolverFactory.<TfSchedule>create(config).buildSolver();
        long[] firstFeasible = {-1};
        long[] bestAt = {0};
        solver.addEventListener(event -> {
            HardSoftLongScore score = (HardSoftLongScore) event.getNewBestScore();
            long ms = event.getTimeMillisSpent();
            if (event.isNewBestSolutionInitialized() && score.hardScore() == 0 && firstFeasible[0] < 0) {
                firstFeasible[0] = ms;
            }
            bestAt[0] = ms;
        });
        TfSchedule best = solver.solve(problem);
        return new Run(best, firstFeasible[0], bestAt[0]);
    }

    /** Converts a solved schedule into games (unassigned matches are left out, the evaluator will flag them). */
    static List<TtpGame> toGames(TfSchedule schedule) {
        List<TtpGame> games = new ArrayList<>();
        for (TfMatch m : schedule.getMatches()) {
            if (m.getRound() != null) {
                games.add(new TtpGame(m.getHome(), m.getAway(), m.getRound()));
            }
        }
        return games;
    }

    /** Builds the unassigned problem: every ordered pair once. */
    static TfSchedule problem(TtpInstance instance) {
        int n = instance.teams();
        TfDistances distances = new TfDistances(instance.travel(), instance.slots());
        List<TfMatch> matches = new ArrayList<>();
        for (int h = 0; h < n; h++) {
            for (int a = 0; a < n; a++) {
                if (h != a) {
                    matches.add(new TfMatch(matches.size(), h, a, distances));
                }
            }
        }
        List<Integer> rounds = new ArrayList<>();
        for (int r = 0; r < instance.slots(); r++) {
            rounds.add(r);
        }
        return new TfSchedule(n, rounds, matches);
    }
}
