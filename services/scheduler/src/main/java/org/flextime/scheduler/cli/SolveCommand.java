package org.flextime.scheduler.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.flextime.scheduler.engine.ttp.TtpEvaluation;
import org.flextime.scheduler.engine.ttp.TtpEvaluator;
import org.flextime.scheduler.engine.ttp.TtpFormatException;
import org.flextime.scheduler.engine.ttp.TtpInstance;
import org.flextime.scheduler.engine.ttp.TtpInstanceReader;
import org.flextime.scheduler.engine.ttp.TtpResult;
import org.flextime.scheduler.engine.ttp.TtpSolver;
import org.flextime.scheduler.engine.ttp.TtpSolverConfig;
import org.flextime.scheduler.engine.ttp.TtpSolutionIo;

/**
 * {@code solve INSTANCE.xml [--seconds N] [--out SOLUTION.xml] [--seed S] [--threads T]}: solves a RobinX TTP
 * instance, prints a short summary and optionally writes a RobinX solution.
 */
public final class SolveCommand {

    static final String USAGE = "usage: solve INSTANCE.xml [--seconds N] [--out SOLUTION.xml] [--seed S] [--threads T]";

    /** Parsed command line. */
    record Options(Path instance, Duration budget, Path out, long seed, int threads) {
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
        try {
            TtpInstance instance = new TtpInstanceReader().read(options.instance());
            TtpResult result = new TtpSolver().solve(instance,
                    new TtpSolverConfig(options.budget(), options.seed(), options.threads()));
            // Report what the independent evaluator says, not what the search believes.
            TtpEvaluation evaluation = new TtpEvaluator().evaluate(instance, result.games());
            out.printf(Locale.ROOT, "%s: %s, objective %d, time to best %.1f s, first feasible %s%n",
                    instance.name(), evaluation.feasible() ? "feasible" : "INFEASIBLE (" + evaluation.violations().size()
                            + " violations, first: " + evaluation.violations().get(0) + ")",
                    evaluation.distance(), result.timeToBest().toMillis() / 1000.0,
                    result.timeToFirstFeasible().map(d -> String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0))
                            .orElse("never"));
            if (options.out() != null) {
                new TtpSolutionIo().write(options.out(), instance.name() + "_flextime", instance.name(),
                        "FlexTime TTP solver (seed " + options.seed() + ")", result.games(), evaluation.distance(),
                        evaluation.violations().size());
                out.println("wrote " + options.out());
            }
            return evaluation.feasible() ? 0 : 1;
        } catch (TtpFormatException | UncheckedIOException e) {
            err.println("solve: " + e.getMessage());
            return 1;
        }
    }

    static Options parse(List<String> args) {
        Path instance = null;
        Duration budget = Duration.ofSeconds(60);
        Path out = null;
        long seed = 1;
        int threads = 2;
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
        return new Options(instance, budget, out, seed, threads);
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
