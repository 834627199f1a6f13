package org.flextime.engine.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.itc.UnsupportedConstraintException;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxFormatException;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.Solution;

/** {@code validate INSTANCE.xml SOLUTION.xml}: prints "infeasibility=N objective=M" for a RobinX solution. */
public final class ValidateCommand {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for an unreadable, malformed or unsupported file. */
    public static final int BAD_FILE = 1;
    /** Exit code for wrong arguments. */
    public static final int USAGE = 2;

    private static final String USAGE_LINE = "usage: validate INSTANCE.xml SOLUTION.xml";

    private final RobinxReader reader = new RobinxReader();
    private final ItcEvaluator evaluator = new ItcEvaluator();

    /** Runs the command; output goes to {@code out}, one readable error line to {@code err}. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args == null || args.size() != 2 || args.stream().anyMatch(a -> a == null || a.isBlank())) {
            err.println(USAGE_LINE);
            return USAGE;
        }
        Path instanceFile;
        Path solutionFile;
        try {
            instanceFile = Path.of(args.get(0));
            solutionFile = Path.of(args.get(1));
        } catch (InvalidPathException e) {
            err.println("validate: invalid path: " + e.getInput());
            return BAD_FILE;
        }
        try {
            Instance instance = reader.readInstance(instanceFile);
            Solution solution = reader.readSolution(solutionFile, instance);
            Evaluation evaluation = evaluator.evaluate(instance, solution);
            out.println("infeasibility=" + evaluation.infeasibility() + " objective=" + evaluation.objective());
            return OK;
        } catch (NoSuchFileException e) {
            err.println("validate: no such file: " + e.getFile());
        } catch (IOException e) {
            err.println("validate: cannot read file: " + e.getMessage());
        } catch (RobinxFormatException e) {
            err.println("validate: " + e.getMessage());
        } catch (UnsupportedConstraintException e) {
            err.println("validate: " + instanceFile.getFileName() + ": " + e.getMessage());
        }
        return BAD_FILE;
    }
}
