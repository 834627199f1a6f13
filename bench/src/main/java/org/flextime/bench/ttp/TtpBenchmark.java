package org.flextime.bench.ttp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.flextime.engine.ttp.TtpEngine;
import org.flextime.engine.ttp.TtpEvaluation;
import org.flextime.engine.ttp.TtpEvaluator;
import org.flextime.engine.ttp.TtpInstance;
import org.flextime.engine.ttp.TtpResult;
import org.flextime.engine.ttp.TtpRobinx;
import org.flextime.engine.ttp.TtpSolver;
import org.flextime.engine.ttp.TtpSolverConfig;
import org.flextime.bench.ttp.timefold.TimefoldSportsLeagueBaseline;
import org.flextime.bench.ttp.timefold.TimefoldTailoredBaseline;

/**
 * Runs our TTP solver and the two Timefold baselines on every shared TTP instance with the same budget, threads
 * and seed, and writes a markdown table.
 *
 * <p>Options: {@code --seconds N} (default 60), {@code --threads T} (2), {@code --seed S} (1),
 * {@code --data DIR} (shared data root, default $FLEXTIME_DATA or data),
 * {@code --out FILE} (bench/results/ttp.md), {@code --only NL4,CIRC8} (subset), {@code --engines ours,default,tailored}
 * (subset of engines, all three by default; a run without the baselines cannot show that ours beats them),
 * {@code --command TEXT} (the command line to print at the top; the run script fills it in).
 */
public final class TtpBenchmark {

    /** One engine's outcome on one instance, checked by the independent evaluator. */
    record Cell(TtpResult result, TtpEvaluation evaluation) {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        double seconds = 60;
        int threads = 2;
        long seed = 1;
        String env = System.getenv("FLEXTIME_DATA");
        Path data = Path.of(env != null ? env : "data");
        Path out = Path.of("bench/results/ttp.md");
        List<String> only = List.of();
        List<String> engineNames = List.of("ours", "default", "tailored");
        String command = "java org.flextime.bench.ttp.TtpBenchmark " + String.join(" ", args);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--engines" -> engineNames = List.of(args[++i].split(","));
                case "--command" -> command = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path ttp = data.resolve("ttp");
        if (!Files.isDirectory(ttp.resolve("instances"))) {
            System.err.println("ttp bench: no instances under " + ttp.toAbsolutePath());
            System.exit(1);
        }
        BestKnown best = BestKnown.read(ttp.resolve("best-known.csv"));
        List<Path> files;
        try (Stream<Path> list = Files.list(ttp.resolve("instances"))) {
            files = list.filter(p -> p.toString().endsWith(".xml")).sorted(BY_FAMILY_AND_SIZE).toList();
        }
        List<TtpEngine> engines = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (String e : engineNames) {
            switch (e) {
                case "ours" -> {
                    engines.add(new TtpSolver());
                    headers.add("ours");
                }
                case "default" -> {
                    engines.add(new TimefoldSportsLeagueBaseline());
                    headers.add("Timefold default");
                }
                case "tailored" -> {
                    engines.add(new TimefoldTailoredBaseline());
                    headers.add("Timefold tailored");
                }
                default -> throw new IllegalArgumentException("unknown engine " + e + " (ours, default, tailored)");
            }
        }
        long[] enginePeak = new long[engines.size()];
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        TtpSolverConfig config = new TtpSolverConfig(Duration.ofMillis(Math.round(seconds * 1000)), seed, threads);
        List<String> rows = new ArrayList<>();
        Instant started = Instant.now();
        for (Path file : files) {
            TtpInstance instance = new TtpRobinx().read(file);
            if (!only.isEmpty() && !only.contains(instance.name())) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int e = 0; e < engines.size(); e++) {
                TtpEngine engine = engines.get(e);
                System.gc();
                resetPeakHeap();
                TtpResult result = engine.solve(instance, config);
                enginePeak[e] = Math.max(enginePeak[e], peakHeapBytes());
                TtpEvaluation evaluation = new TtpEvaluator().evaluate(instance, result.games());
                cells.add(new Cell(result, evaluation));
                System.err.printf(Locale.ROOT, "%-7s %-18s %s%n", instance.name(), engine.name(), describe(cells.get(cells.size() - 1), best.upperBounds().get(instance.name())));
            }
            rows.add(row(instance.name(), best, cells));
            // Rewrite after every instance so a long run leaves partial results behind.
            write(out, command, seconds, threads, seed, started, load, headers, enginePeak, rows);
        }
        System.err.println("wrote " + out);
    }

    private static final Comparator<Path> BY_FAMILY_AND_SIZE = Comparator
            .comparing((Path p) -> p.getFileName().toString().replaceAll("[0-9]+\\.xml$", ""), Comparator.reverseOrder())
            .thenComparingInt(p -> Integer.parseInt(p.getFileName().toString().replaceAll("\\D", "")));

    private static String describe(Cell cell, Long bestKnown) {
        return cell.evaluation().feasible()
                ? cell.evaluation().distance() + " (" + gap(cell.evaluation().distance(), bestKnown) + ")"
                : "infeasible, " + cell.evaluation().violations().size() + " violations";
    }

    private static String row(String name, BestKnown best, List<Cell> cells) {
        Long bk = best.upperBounds().get(name);
        StringBuilder row = new StringBuilder("| ").append(name).append(" | ")
                .append(bk == null ? "?" : bk + (Boolean.TRUE.equals(best.provenOptimal().get(name)) ? " (opt)" : ""))
                .append(" |");
        for (Cell cell : cells) {
            row.append(' ').append(value(cell)).append(" | ")
                    .append(cell.evaluation().feasible() ? gap(cell.evaluation().distance(), bk) : "-")
                    .append(" | ").append(cell.result().timeToFirstFeasible().map(TtpBenchmark::secs).orElse("never"))
                    .append(" | ").append(secs(cell.result().timeToBest())).append(" |");
        }
        return row.toString();
    }

    private static String value(Cell cell) {
        return cell.evaluation().feasible() ? Long.toString(cell.evaluation().distance())
                : "infeasible (" + cell.evaluation().violations().size() + " viol.)";
    }

    private static String gap(long value, Long bestKnown) {
        if (bestKnown == null) {
            return "?";
        }
        return String.format(Locale.ROOT, "%+.2f%%", 100.0 * (value - bestKnown) / bestKnown);
    }

    private static String secs(Duration d) {
        return String.format(Locale.ROOT, "%.2f", d.toMillis() / 1000.0);
    }

    /** Peak heap use over the JVM's life so far: the sum of the heap pools' peak usage (an upper bound). */
    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void resetPeakHeap() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static void write(Path out, String command, double seconds, int threads, long seed, Instant started,
                              double load, List<String> headers, long[] enginePeak, List<String> rows)
            throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# TTP benchmark\n\n");
        md.append("Command: `").append(command).append("`\n\n");
        md.append(String.format(Locale.ROOT,
                "Budget %.0f s per engine and instance, %d threads, seed %d, started %s on %d available processors, "
                        + "load average %.2f at the start.%n%n",
                seconds, threads, seed, started, Runtime.getRuntime().availableProcessors(), load));
        StringBuilder peaks = new StringBuilder();
        for (int e = 0; e < headers.size(); e++) {
            peaks.append(e == 0 ? "" : ", ").append(headers.get(e)).append(' ').append(enginePeak[e] >> 20).append(" MiB");
        }
        md.append(String.format(Locale.ROOT,
                "Heap: the JVM runs with a max heap of %d MiB (-Xmx1g in bench/ttp/run). Peak heap used per engine, "
                        + "the largest over the instances so far: %s (sum of the heap pools' peak usage from "
                        + "MemoryPoolMXBean, reset after a System.gc() before each engine run; it includes garbage "
                        + "not yet collected, so it is an upper bound on the live heap).%n%n",
                Runtime.getRuntime().maxMemory() >> 20, peaks));
        md.append("Every objective below is recomputed by the independent `TtpEvaluator`; gap is against the best "
                + "known upper bound from `data/ttp/best-known.csv`. Times in seconds from the start of the run. "
                + "Timefold baselines run one independent solver per thread (seeds seed, seed+1) and keep the best.\n\n");
        StringBuilder header = new StringBuilder("| instance | best known |");
        StringBuilder align = new StringBuilder("|---|---:|");
        for (String h : headers) {
            header.append(' ').append(h).append(" | gap | first feasible | time to best |");
            align.append("---:|---:|---:|---:|");
        }
        md.append(header).append('\n').append(align).append('\n');
        rows.forEach(r -> md.append(r).append('\n'));
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(out, md.toString());
    }
}
