package org.flextime.bench.travel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.season.optimizer.OptimizedSeason;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.engine.season.optimizer.SolveOptions;
import org.flextime.engine.travel.OptimizedTravel;
import org.flextime.engine.travel.SeasonTravel;
import org.flextime.engine.travel.TravelOptimizer;
import org.flextime.engine.travel.TravelOptions;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.RuleCompiler;

/**
 * What every Big 12 sport's travel costs in dollars: (a) the naive baseline (every away visit its own round trip from
 * campus, cheapest mode), (b) the generator's draft, before the season engine's optimizer, (c) the season engine's
 * schedule (generator and optimizer, "the draft" the travel optimizer starts from), (d) that after the travel optimizer, with the hard
 * violations and soft penalty of each under the sport's constraint set (the one the season engine solved with) and the
 * time taken. Writes a markdown report; exits 1 if an optimized schedule has more hard violations than its draft.
 *
 * <p>Options: {@code --draft-seconds N} season engine budget per sport (10), {@code --seconds N} travel optimizer budget
 * per sport (10), {@code --soft-price D} dollars per soft point (the optimizer's default), {@code --seed S} (2025), {@code --only FB,MBB}, {@code --out FILE} (bench/results/travel.md),
 * {@code --command TEXT} (printed at the top; the run script fills it in).
 */
public final class TravelBenchmark {
    /** Sports drafted first because another sport's rules read their schedule. */
    private static final List<String> ORDER = List.of("FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN");
    private static final Map<String, String> COMPANION = Map.of("WBB", "MBB", "VB", "FB");

    private TravelBenchmark() {
    }

    /** One sport's figures. */
    record Row(String sport, int teams, int party, int games, long naive, long generated, long draft, long optimized, int draftHard,
               int optimizedHard, int draftSoft, int optimizedSoft, int changed, Map<String, Integer> accepted,
               double draftSeconds, double travelSeconds) {
        double belowNaive() {
            return 100.0 * (naive - optimized) / naive;
        }

        double belowDraft() {
            return 100.0 * (draft - optimized) / draft;
        }

        double belowGenerated() {
            return 100.0 * (generated - optimized) / generated;
        }
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        double draftSeconds = 10;
        double seconds = 10;
        double softPrice = TravelOptions.DEFAULT.softPrice();
        long seed = 2025;
        List<String> only = ORDER;
        Path out = Path.of("bench/results/travel.md");
        String command = "java org.flextime.bench.travel.TravelBenchmark " + String.join(" ", args);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--draft-seconds" -> draftSeconds = Double.parseDouble(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--soft-price" -> softPrice = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--out" -> out = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String loadAtStart = loadAverage();
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        SolveOptions base = SolveOptions.defaults().withBudget(Duration.ofMillis(Math.round(draftSeconds * 1000)),
                Duration.ofMillis(Math.round(draftSeconds * 1000)));
        Map<String, List<Game>> drafts = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        boolean ok = true;
        for (String code : ORDER) {
            boolean wanted = only.contains(code);
            List<String> asked = only;
            boolean needed = COMPANION.entrySet().stream().anyMatch(e -> e.getValue().equals(code) && asked.contains(e.getKey()));
            if (!wanted && !needed) {
                continue;
            }
            Sport sport = season.sport(code).orElseThrow();
            SolveOptions options = COMPANION.containsKey(code) && drafts.containsKey(COMPANION.get(code))
                    ? base.withCompanion(drafts.get(COMPANION.get(code))) : base;
            long t0 = System.nanoTime();
            OptimizedSeason draft = new SeasonOptimizer().optimize(season, sport, seed, options);
            double draftTook = (System.nanoTime() - t0) / 1e9;
            drafts.put(code, draft.games());
            if (!wanted) {
                continue;
            }
            CompiledSet rules = new RuleCompiler().compile(SeasonOptimizer.constraintSet(season, sport, options), season);
            TravelOptimizer optimizer = new TravelOptimizer(season, sport, rules);
            OptimizedTravel result = optimizer.optimize(draft.games(), Set.of(),
                    new TravelOptions(seed, Duration.ofMillis(Math.round(seconds * 1000)), 0, softPrice));
            SeasonTravel travel = optimizer.travel();
            Row row = new Row(code, season.participants(sport).size(), season.travelCosts().party(code), draft.games().size(),
                    travel.naiveDollars(draft.games()), draft.initialScore().travelDollars(), result.dollarsBefore(), result.dollarsAfter(),
                    result.before().hardViolations(), result.after().hardViolations(), result.before().softPenalty(),
                    result.after().softPenalty(), result.changed().size(), result.accepted(), draftTook, result.millis() / 1000.0);
            rows.add(row);
            System.err.printf(Locale.ROOT, "%s: naive $%,d, draft $%,d, optimized $%,d (%.1f%% below naive, %.1f%% below draft), "
                            + "hard %d -> %d, soft %d -> %d, %d games changed, %d moves tried, %.1f s%n", code, row.naive(), row.draft(),
                    row.optimized(), row.belowNaive(), row.belowDraft(), row.draftHard(), row.optimizedHard(), row.draftSoft(),
                    row.optimizedSoft(), row.changed(), result.moves(), row.travelSeconds());
            ok &= row.optimizedHard() <= row.draftHard();
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report(command, draftSeconds, seconds, softPrice, seed, rows, loadAtStart));
        System.err.println("wrote " + out);
        if (!ok) {
            System.exit(1);
        }
    }

    /** The machine's load average from /proc/loadavg, or "unknown". */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2] + " (1 / 5 / 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String report(String command, double draftSeconds, double seconds, double softPrice, long seed,
                                 List<Row> rows, String loadAtStart) {
        StringBuilder b = new StringBuilder();
        b.append("# Travel cost: naive baseline, draft, optimized\n\n");
        b.append("Command: `").append(command).append("`  \n");
        b.append(String.format(Locale.ROOT, "Season 2025-26 (bundled), seed %d; the season engine drafts each sport in %.0f s, "
                + "the travel optimizer (`engines/travel`, `TravelOptimizer`) then runs %.0f s on it. Machine: %d cores "
                + "shared with other builds: load average %s at the start, %s at the end (times, and so the results, "
                + "depend on it).%n%n", seed, draftSeconds, seconds, Runtime.getRuntime().availableProcessors(), loadAtStart,
                loadAverage()));
        b.append("Dollars are the season's cost table (`travelCost` in `data/big12/season-2025-26.json`): each leg by the "
                + "cheapest mode that serves its distance for the sport's travel party, trips by the one road-trip model "
                + "(`domain/RoadTrips`). Naive: every away visit (a series is one visit) its own round trip from campus. "
                + "Hard and soft are the sport's constraint set as the season engine solved it (companion schedule included); "
                + "the optimizer prices a soft point at $" + (long) softPrice + ".\n\n");
        b.append("Generator draft: the season generator's schedule (the best of its seeded drafts) before the season engine's "
                + "optimizer, priced by the season engine; draft: the season engine's schedule (generator, then optimizer), "
                + "which the travel optimizer starts from. \"Below\" compares the optimized schedule with each.\n\n");
        b.append("| sport | teams | party | games | naive $ | generator draft $ | draft $ | optimized $ | below naive "
                + "| below generator draft | below draft | hard draft → opt | soft draft → opt | games changed | draft s | optimize s |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %,d | %,d | %,d | %,d | %.1f%% | %.1f%% | %.1f%% | %d → %d | %d → %d | %d | %.1f | %.1f |%n",
                    r.sport(), r.teams(), r.party(), r.games(), r.naive(), r.generated(), r.draft(), r.optimized(), r.belowNaive(),
                    r.belowGenerated(), r.belowDraft(), r.draftHard(), r.optimizedHard(), r.draftSoft(), r.optimizedSoft(), r.changed(),
                    r.draftSeconds(), r.travelSeconds()));
        }
        for (Row r : rows) {
            if (r.optimized() > r.draft()) {
                b.append(String.format(Locale.ROOT, "%n%s costs $%,d more than the season engine's schedule: the travel "
                                + "optimizer found no cheaper travel (the season engine's optimizer had already cut it $%,d below "
                                + "the generator's draft) and bought %,d soft points with some (worth $%,d at $%d a point).%n",
                        r.sport(), r.optimized() - r.draft(), r.generated() - r.draft(), r.draftSoft() - r.optimizedSoft(),
                        Math.round((r.draftSoft() - r.optimizedSoft()) * softPrice), (long) softPrice));
            }
        }
        b.append("\nMoves accepted by the travel optimizer, per sport:\n\n");
        for (Row r : rows) {
            b.append("- ").append(r.sport()).append(": ").append(r.accepted().isEmpty() ? "none" : r.accepted()).append('\n');
        }
        return b.toString();
    }
}
