package org.flextime.bench.itc2021;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.flextime.rules.itc.Evaluation;
import org.flextime.rules.itc.ItcEvaluator;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.ObjectiveValue;
import org.flextime.rules.robinx.RobinxFormatException;
import org.flextime.rules.robinx.RobinxReader;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.flextime.engine.itc.ItcResult;
import org.flextime.engine.itc.ItcSolver;
import org.flextime.engine.itc.ItcSolverConfig;
import org.flextime.engine.cpsat.CpSatConfig;
import org.flextime.engine.cpsat.CpSatResult;
import org.flextime.engine.cpsat.CpSatSolver;
import org.flextime.rules.robinx.ScheduledMatch;
import java.util.Optional;

/**
 * Runs an ITC2021 engine on every shipped ITC2021 instance with the same budget, threads and a fixed seed,
 * scores each result with the rules module's evaluator and writes a markdown table next to the best known
 * results from the data (the shipped solutions' scores and best-known.csv).
 *
 * <p>Options: {@code --seconds N} (default 60), {@code --seed S} (1), {@code --engine cpsat|anneal} (cpsat: the
 * CP-SAT engine; anneal: the single-threaded annealer), {@code --threads T} (CP-SAT workers, default 2),
 * {@code --data DIR} (shared data root, default $FLEXTIME_DATA or data), {@code --out FILE}
 * (bench/results/itc2021.md), {@code --only ITC2021_Test1,TestInstanceDemo} (subset), {@code --command TEXT} (the
 * command line printed at the top; the run script fills it in).
 */
public final class Itc2021Benchmark {

    /** Best known figures of one instance: the shipped solution's scores and the csv's lower bound. */
    record Known(ObjectiveValue solution, String lowerBound, String by) {
    }

    /** What one engine run gave: its games, when it was first feasible and found its best, and its work. */
    record Run(List<ScheduledMatch> games, Optional<Duration> timeToFirstFeasible, Duration timeToBest, String work) {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException, RobinxFormatException {
        double seconds = 60;
        long seed = 1;
        String engine = "cpsat";
        int threads = 2;
        String env = System.getenv("FLEXTIME_DATA");
        Path data = Path.of(env != null ? env : "data");
        Path out = Path.of("bench/results/itc2021.md");
        List<String> only = List.of();
        String command = "java org.flextime.bench.itc2021.Itc2021Benchmark " + String.join(" ", args);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--engine" -> engine = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--command" -> command = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = data.resolve("itc2021");
        Map<String, String[]> csv = readCsv(dir.resolve("best-known.csv"));
        List<String> names;
        try (Stream<Path> files = Files.list(dir.resolve("instances"))) {
            names = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".xml"))
                    .map(f -> f.substring(0, f.length() - 4)).sorted(Itc2021Benchmark::byNumber).toList();
        }
        if (!only.isEmpty()) {
            List<String> wanted = only;
            names = names.stream().filter(wanted::contains).toList();
        }
        Instant started = Instant.now();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        RobinxReader reader = new RobinxReader();
        ItcEvaluator evaluator = new ItcEvaluator();
        List<String> rows = new ArrayList<>();
        Duration budget = Duration.ofMillis(Math.round(seconds * 1000));
        for (String name : names) {
            Instance instance = reader.readInstance(dir.resolve("instances").resolve(name + ".xml"));
            Path solutionFile = dir.resolve("solutions").resolve(name + ".solution.xml");
            Known known = known(reader, evaluator, instance, solutionFile, csv.get(name));
            Run result = run(engine, instance, budget, seed, threads);
            Evaluation ours = evaluator.evaluate(instance,
                    new Solution(SolutionMetaData.forInstance(instance.name()), result.games()));
            String row = row(name, instance, known, ours, result);
            System.err.println(row);
            rows.add(row);
            // Rewrite after every instance so a long run leaves partial results behind.
            write(out, command, seconds, seed, engine, threads, started, loadBefore, rows);
        }
    }

    private static Run run(String engine, Instance instance, Duration budget, long seed, int threads) {
        if ("anneal".equals(engine)) {
            ItcResult result = new ItcSolver().solve(instance, ItcSolverConfig.of(budget, seed));
            return new Run(result.games(), result.timeToFirstFeasible(), result.timeToBest(),
                    String.format(Locale.ROOT, "%,d moves", result.evaluatedMoves()));
        }
        CpSatResult result = new CpSatSolver().solve(instance, CpSatConfig.of(budget, seed, threads));
        String work = String.format(Locale.ROOT, "%,d LNS iterations", result.iterations());
        if (result.conflict().isPresent()) {
            work += ", conflict: " + result.conflict().get().explanation();
        }
        return new Run(result.games(), result.timeToFirstFeasible(), result.timeToBest(), work);
    }

    private static Known known(RobinxReader reader, ItcEvaluator evaluator, Instance instance, Path solutionFile,
            String[] csvRow) throws IOException, RobinxFormatException {
        ObjectiveValue value = null;
        if (Files.exists(solutionFile)) {
            Solution best = reader.readSolution(solutionFile, instance);
            Evaluation evaluation = evaluator.evaluate(instance, best);
            value = new ObjectiveValue(evaluation.infeasibility(), evaluation.objective());
        }
        String lowerBound = csvRow != null && csvRow.length > 2 ? csvRow[2] : "";
        String by = csvRow != null && csvRow.length > 3 ? csvRow[3] : "";
        return new Known(value, lowerBound, by);
    }

    private static String row(String name, Instance instance, Known known, Evaluation ours, Run result) {
        String best = known.solution() == null ? "?"
                : known.solution().infeasibility() + " / " + known.solution().objective();
        String gap = "-";
        if (ours.isFeasible() && known.solution() != null && known.solution().infeasibility() == 0) {
            long bk = known.solution().objective();
            gap = bk == 0 ? (ours.objective() == 0 ? "+0" : "+" + ours.objective())
                    : String.format(Locale.ROOT, "%+.1f%%", 100.0 * (ours.objective() - bk) / bk);
        }
        return String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %d / %d | %s | %s | %s | %s |", name,
                instance.teamCount(), instance.slotCount(), best,
                known.lowerBound().isBlank() ? "?" : known.lowerBound(), ours.infeasibility(), ours.objective(), gap,
                result.timeToFirstFeasible().map(Itc2021Benchmark::secs).orElse("never"),
                secs(result.timeToBest()), result.work());
    }

    private static void write(Path out, String command, double seconds, long seed, String engine, int threads,
            Instant started, double loadBefore, List<String> rows) throws IOException {
        double loadNow = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        StringBuilder md = new StringBuilder();
        md.append("# ITC2021 benchmark\n\n");
        md.append("Command: `").append(command).append("`\n\n");
        String how = "anneal".equals(engine)
                ? "the ITC2021 annealer (`engines/itc`), 1 search thread"
                : "the CP-SAT engine (`engines/cpsat`), " + threads + " CP-SAT workers";
        md.append(String.format(Locale.ROOT,
                "Budget %s s per instance, %s, seed %d, started %s (system load average %.2f at the start, %.2f "
                        + "after the last row; the machine is shared, so the work a run gets varies with the load).%n%n",
                trim(seconds), how, seed, started, loadBefore, loadNow));
        md.append("Scores are `infeasibility / objective` (sum of HARD deviations / sum of SOFT deviation x penalty), "
                + "recomputed by the rules module's ITC2021 evaluator (what `./flextime validate` prints). Best known: "
                + "the shipped solution in `data/itc2021/solutions/`, scored by the same evaluator; lower bound "
                + "from `data/itc2021/best-known.csv`. Gap is against the best known objective when both are "
                + "feasible. Times in seconds from the start of the run.\n\n");
        md.append("| instance | teams | slots | best known | lower bound | ours | gap | first feasible | time to best "
                + "| work |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, md.toString());
    }

    private static Map<String, String[]> readCsv(Path file) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return rows;
        }
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
            rows.put(fields[0].strip(), fields);
        }
        return rows;
    }

    /** TestInstanceDemo first, then ITC2021_Test1, _Test2, ... in numeric order. */
    private static int byNumber(String a, String b) {
        return Long.compare(number(a), number(b)) != 0 ? Long.compare(number(a), number(b)) : a.compareTo(b);
    }

    private static long number(String name) {
        String digits = name.replaceAll("\\D", "");
        return digits.isEmpty() ? -1 : Long.parseLong(digits.substring(Math.max(0, digits.length() - 9)));
    }

    private static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
