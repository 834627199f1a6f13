package org.flextime.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.itc.UnsupportedConstraintException;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.RobinxFormatException;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.RobinxWriter;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.flextime.engine.itc.ItcResult;
import org.flextime.engine.itc.ItcSolver;
import org.flextime.engine.itc.ItcSolverConfig;
import org.flextime.engine.cpsat.CpSatConfig;
import org.flextime.engine.cpsat.CpSatResult;
import org.flextime.engine.cpsat.CpSatSolver;
import org.flextime.engine.cpsat.RuleConflict;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.engine.ttp.TtpEvaluation;
import org.flextime.engine.ttp.TtpEvaluator;
import org.flextime.engine.ttp.TtpFormatException;
import org.flextime.engine.ttp.TtpInstance;
import org.flextime.engine.ttp.TtpResult;
import org.flextime.engine.ttp.TtpRobinx;
import org.flextime.engine.ttp.TtpSolver;
import org.flextime.engine.ttp.TtpSolverConfig;

/**
 * {@code solve INSTANCE.xml [--seconds N] [--out SOLUTION.xml] [--seed S] [--threads T] [--moves M]
 * [--engine cpsat|anneal] [--iterations I]}: solves a RobinX instance, prints a short summary and optionally writes a
 * RobinX solution. A travel-distance instance (TTP) goes to the TTP solver; any other RobinX instance (ITC2021:
 * soft-constraint objective) to the CP-SAT engine ({@code engines/cpsat}, {@code --threads} workers; {@code
 * --iterations} caps its neighbourhood re-solves, which makes a run reproducible) or, with {@code --engine anneal},
 * to the single-threaded ITC2021 annealer ({@code --moves} caps its evaluated moves). Either way the result line and
 * the written {@code <ObjectiveValue>} are the scores of the {@code rules} module's ITC2021 evaluator, the same as
 * {@code validate} prints. HARD rules that provably cannot all hold end the run with the rules that conflict and no
 * file.
 */
public final class SolveCommand {

    static final String USAGE = "usage: solve INSTANCE.xml [--seconds N] [--out SOLUTION.xml] [--seed S] [--threads T]"
            + " [--moves M] [--engine cpsat|anneal] [--iterations I]";

    /**
     * Parsed command line; {@code moves} caps the annealers at that many evaluated moves, {@code iterations} the
     * CP-SAT engine at that many re-solved neighbourhoods (0: no cap); {@code engine} picks the ITC2021 engine.
     */
    record Options(Path instance, Duration budget, Path out, long seed, int threads, long moves, String engine,
                   long iterations) {
    }

    /** What an ITC2021 engine returns, in the terms this command reports. */
    private record ItcOutcome(List<ScheduledMatch> games, long infeasibility, long objective,
                              Optional<Duration> timeToFirstFeasible, Duration timeToBest, String method) {
    }

    /** Runs the command; returns 0 on success, 2 on bad usage, 1 on bad input or failure. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("solve: " + e.getMessage() + " (" + USAGE + ")");
            return 2;
        }
        Instance robinx;
        try {
            robinx = new RobinxReader().readInstance(options.instance());
        } catch (NoSuchFileException e) {
            err.println("solve: no such file: " + options.instance());
            return 1;
        } catch (IOException e) {
            err.println("solve: cannot read " + options.instance() + ": " + e.getMessage());
            return 1;
        } catch (RobinxFormatException e) {
            err.println("solve: " + e.getMessage());
            return 1;
        }
        return robinx.minimizesTravel() ? solveTtp(robinx, options, out, err) : solveItc(robinx, options, out, err);
    }

    private int solveTtp(Instance robinx, Options options, PrintStream out, PrintStream err) {
        TtpRobinx ttp = new TtpRobinx();
        try {
            TtpInstance instance = ttp.instance(robinx, options.instance());
            TtpResult result = new TtpSolver().solve(instance,
                    new TtpSolverConfig(options.budget(), options.seed(), options.threads(), options.moves()));
            // Report what the independent evaluator says, not what the search believes.
            TtpEvaluation evaluation = new TtpEvaluator().evaluate(instance, result.games());
            out.printf(Locale.ROOT, "%s: %s, objective %d, time to best %.1f s, first feasible %s%n",
                    instance.name(), evaluation.feasible() ? "feasible" : "INFEASIBLE (" + evaluation.violations().size()
                            + " violations, first: " + evaluation.violations().get(0) + ")",
                    evaluation.distance(), result.timeToBest().toMillis() / 1000.0,
                    result.timeToFirstFeasible().map(d -> String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0))
                            .orElse("never"));
            if (options.out() != null) {
                Path parent = options.out().toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                new RobinxWriter().write(ttp.solution(instance.name() + "_flextime", instance.name(),
                        "FlexTime TTP solver (seed " + options.seed() + ")", result.games(),
                        new ObjectiveValue(evaluation.violations().size(), evaluation.distance())), options.out());
                out.println("wrote " + options.out());
            }
            return evaluation.feasible() ? 0 : 1;
        } catch (TtpFormatException e) {
            err.println("solve: " + e.getMessage());
        } catch (IOException e) {
            err.println("solve: cannot write " + options.out() + ": " + e.getMessage());
        }
        return 1;
    }

    private int solveItc(Instance instance, Options options, PrintStream out, PrintStream err) {
        if (!"anneal".equals(options.engine()) && options.moves() > 0) {
            err.println("solve: --moves caps the annealers; the CP-SAT engine takes --iterations (" + USAGE + ")");
            return 2;
        }
        String name = instance.name().isBlank() ? String.valueOf(options.instance().getFileName()) : instance.name();
        try {
            ItcOutcome result;
            if ("anneal".equals(options.engine())) {
                ItcResult annealed = new ItcSolver().solve(instance, new ItcSolverConfig(options.budget(),
                        options.seed(), options.moves()));
                result = new ItcOutcome(annealed.games(), annealed.infeasibility(), annealed.objective(),
                        annealed.timeToFirstFeasible(), annealed.timeToBest(),
                        "simulated annealing over round-robin moves (FlexTime ITC2021 solver, seed " + options.seed()
                                + ", " + options.budget().toMillis() / 1000.0 + " s)");
            } else {
                CpSatResult solved = new CpSatSolver().solve(instance, new CpSatConfig(options.budget(),
                        options.seed(), options.threads(), options.iterations()));
                if (solved.conflict().isPresent()) {
                    RuleConflict conflict = solved.conflict().get();
                    err.println("solve: " + name + ": the HARD rules cannot all hold: " + conflict.explanation());
                    return 1;
                }
                result = new ItcOutcome(solved.games(), solved.infeasibility(), solved.objective(),
                        solved.timeToFirstFeasible(), solved.timeToBest(),
                        "CP-SAT feasibility, then large neighbourhood search (FlexTime CP-SAT engine, seed "
                                + options.seed() + ", " + options.threads() + " workers, "
                                + options.budget().toMillis() / 1000.0 + " s)");
            }
            SolutionMetaData meta = new SolutionMetaData(name + " (FlexTime)", instance.name(), "FlexTime",
                    result.method(), Optional.empty(), "");
            Solution solution = new Solution(meta, result.games());
            // Report what the independent evaluator says, not what the search believes.
            Evaluation evaluation = new ItcEvaluator().evaluate(instance, solution);
            if (evaluation.infeasibility() != result.infeasibility() || evaluation.objective() != result.objective()) {
                err.println("solve: internal error: the solver scored infeasibility=" + result.infeasibility()
                        + " objective=" + result.objective() + " but the evaluator says infeasibility="
                        + evaluation.infeasibility() + " objective=" + evaluation.objective());
                return 1;
            }
            out.printf(Locale.ROOT, "%s: %s infeasibility=%d objective=%d, time to best %.1f s, first feasible %s%n",
                    name, evaluation.isFeasible() ? "feasible," : "INFEASIBLE,", evaluation.infeasibility(),
                    evaluation.objective(), result.timeToBest().toMillis() / 1000.0,
                    result.timeToFirstFeasible().map(d -> String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0))
                            .orElse("never"));
            if (options.out() != null) {
                Solution scored = solution.withObjectiveValue(
                        new ObjectiveValue(evaluation.infeasibility(), evaluation.objective()));
                new RobinxWriter().write(scored, options.out());
                // the file must validate to the numbers printed above
                Evaluation reread = new ItcEvaluator().evaluate(instance,
                        new RobinxReader().readSolution(options.out(), instance));
                if (reread.infeasibility() != evaluation.infeasibility()
                        || reread.objective() != evaluation.objective()) {
                    err.println("solve: internal error: " + options.out() + " validates to infeasibility="
                            + reread.infeasibility() + " objective=" + reread.objective());
                    return 1;
                }
                out.println("wrote " + options.out());
            }
            return evaluation.isFeasible() ? 0 : 1;
        } catch (IOException e) {
            err.println("solve: cannot write " + options.out() + ": " + e.getMessage());
        } catch (RobinxFormatException e) {
            err.println("solve: " + e.getMessage());
        } catch (UnsupportedConstraintException | IllegalArgumentException e) {
            err.println("solve: " + options.instance().getFileName() + ": " + e.getMessage());
        }
        return 1;
    }

    static Options parse(List<String> args) {
        Path instance = null;
        Duration budget = Duration.ofSeconds(60);
        Path out = null;
        long seed = 1;
        int threads = 2;
        long moves = 0;
        String engine = "cpsat";
        long iterations = 0;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--seconds" -> {
                    double seconds = number(arg, value(args, ++i, arg));
                    if (!(seconds > 0) || seconds > 86_400) {
                        throw new IllegalArgumentException("--seconds must be between 0 and 86400, got " + args.get(i));
                    }
                    budget = Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
                }
                case "--out" -> out = Path.of(value(args, ++i, arg));
                case "--seed" -> seed = (long) integer(arg, value(args, ++i, arg));
                case "--threads" -> {
                    long t = integer(arg, value(args, ++i, arg));
                    if (t < 1 || t > 256) {
                        throw new IllegalArgumentException("--threads must be between 1 and 256, got " + t);
                    }
                    threads = (int) t;
                }
                case "--moves" -> {
                    moves = integer(arg, value(args, ++i, arg));
                    if (moves < 1) {
                        throw new IllegalArgumentException("--moves must be at least 1, got " + moves);
                    }
                }
                case "--engine" -> {
                    engine = value(args, ++i, arg);
                    if (!engine.equals("cpsat") && !engine.equals("anneal")) {
                        throw new IllegalArgumentException("--engine must be cpsat or anneal, got " + engine);
                    }
                }
                case "--iterations" -> {
                    iterations = integer(arg, value(args, ++i, arg));
                    if (iterations < 1) {
                        throw new IllegalArgumentException("--iterations must be at least 1, got " + iterations);
                    }
                }
                default -> {
                    if (arg.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (instance != null) {
                        throw new IllegalArgumentException("more than one instance given: " + instance + " and " + arg);
                    }
                    instance = Path.of(arg);
                }
            }
        }
        if (instance == null) {
            throw new IllegalArgumentException("missing INSTANCE.xml");
        }
        return new Options(instance, budget, out, seed, threads, moves, engine, iterations);
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }

    private static long integer(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects an integer, got \"" + value + "\"");
        }
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a number, got \"" + value + "\"");
        }
    }
}
