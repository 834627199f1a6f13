package org.flextime.bench.big12;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.flextime.rules.ScheduleValidator;
import org.flextime.rules.ValidationReport;
import org.flextime.rules.Violation;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.scheduler.engine.optimizer.OptimizedSeason;
import org.flextime.scheduler.engine.optimizer.RuleTotal;
import org.flextime.scheduler.engine.optimizer.SeasonConstraints;
import org.flextime.scheduler.engine.optimizer.SeasonOptimizer;
import org.flextime.scheduler.engine.optimizer.SeasonScore;
import org.flextime.scheduler.engine.optimizer.SolveOptions;

/**
 * Generates and optimizes every Big 12 sport of the bundled 2025-26 season, checks each result with the
 * constraints service's validator and with the optimizer's Timefold constraints, and writes a markdown
 * report. The cross-check runs both on every generated schedule and on a few mutated copies (one game
 * flipped, one game moved a day), so a difference in what a rule means shows up as a count that differs.
 * Exits 1 if a generated schedule has a hard violation or the two disagree on one.
 *
 * <p>Options: {@code --seconds N} solver budget per sport (18), {@code --unimproved N} stop after N s
 * without improvement (8), {@code --seed S} (2025), {@code --only FB,MBB}, {@code --out FILE}
 * (bench/results/big12.md), {@code --command TEXT} (printed at the top; the run script fills it in).
 */
public final class Big12Benchmark {
    /** Sports solved first because another sport uses their schedule (football for volleyball, men's for women's basketball). */
    private static final List<String> ORDER = List.of("FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN");
    private static final Map<String, String> COMPANION = Map.of("WBB", "MBB", "VB", "FB");
    /** Validator rule ids and the Timefold constraint that means the same. */
    private static final Map<String, String> SHARED = new LinkedHashMap<>();

    static {
        SHARED.put("home-games", "home-games");
        SHARED.put("home-and-away", "home-and-away");
        SHARED.put("blackout", "unplayable-date");
        SHARED.put("outside-window", "unplayable-date");
        SHARED.put("not-a-play-day", "unplayable-date");
        SHARED.put("consecutive-days", "consecutive-days");
        SHARED.put("consecutive-road-games", "consecutive-road-games");
        SHARED.put("first-last-games-balance", "first-last-games-balance");
    }

    private Big12Benchmark() {
    }

    /** One sport's outcome. */
    record Row(Sport sport, int teams, OptimizedSeason result, ValidationReport report, double seconds, long peakHeap) {
    }

    /** Entry point. */
    public static void main(String[] args) throws IOException {
        double seconds = 18;
        double unimproved = 8;
        long seed = 2025;
        List<String> only = ORDER;
        Path out = Path.of("bench/results/big12.md");
        String command = "java org.flextime.bench.big12.Big12Benchmark " + String.join(" ", args);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--unimproved" -> unimproved = Double.parseDouble(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--only" -> only = List.of(args[++i].split(","));
                case "--out" -> out = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        SolveOptions base = SolveOptions.defaults().withBudget(Duration.ofMillis(Math.round(seconds * 1000)),
                Duration.ofMillis(Math.round(unimproved * 1000)));
        SeasonOptimizer optimizer = new SeasonOptimizer();
        ScheduleValidator validator = new ScheduleValidator();
        Map<String, List<Game>> solved = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        List<String> crossLines = new ArrayList<>();
        boolean ok = true;
        for (String code : ORDER) {
            if (!only.contains(code)) {
                continue;
            }
            Sport sport = season.sport(code).orElseThrow();
            SolveOptions options = base;
            String companion = COMPANION.get(code);
            if (companion != null && solved.containsKey(companion)) {
                options = options.withCompanion(solved.get(companion));
            }
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            OptimizedSeason result = optimizer.optimize(season, sport, seed, options);
            double took = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            solved.put(code, result.games());
            ValidationReport report = validator.validate(season, sport, result.games());
            rows.add(new Row(sport, season.participants(sport).size(), result, report, took, peak));
            System.err.printf(Locale.ROOT, "%s: %d games, hard %d (validator %d), soft %d, %d miles, %.1f s%n", code,
                    result.games().size(), result.score().hardBreaches(), report.hardViolations(),
                    result.score().softPenalty(), result.score().travelMiles(), took);
            if (report.hardViolations() != 0 || result.score().hardBreaches() != 0) {
                ok = false;
            }
            ok &= crossCheck(season, sport, result.games(), "generated", optimizer, validator, options, crossLines);
            Random random = new Random(seed ^ code.hashCode());
            for (int k = 0; k < 2; k++) {
                crossCheck(season, sport, flipOne(result.games(), random), "one game flipped", optimizer, validator,
                        options, crossLines);
                crossCheck(season, sport, shiftOne(result.games(), random), "one game a day later", optimizer,
                        validator, options, crossLines);
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report(command, seconds, unimproved, seed, rows, crossLines));
        System.err.println("wrote " + out);
        if (!ok) {
            System.err.println("a generated schedule breaks a hard rule, or validator and Timefold disagree");
            System.exit(1);
        }
    }

    /**
     * Counts hard breaches of the shared rules both ways; returns whether the counts agree. Rules only one
     * side has are listed but not compared.
     */
    private static boolean crossCheck(Season season, Sport sport, List<Game> games, String what, SeasonOptimizer optimizer,
                                      ScheduleValidator validator, SolveOptions options, List<String> lines) {
        ValidationReport report = validator.validate(season, sport, games);
        SeasonScore score = optimizer.evaluate(season, sport, games, options);
        Map<String, Integer> byValidator = new LinkedHashMap<>();
        Map<String, Integer> onlyValidator = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            if (v.severity() != org.flextime.rules.Severity.HARD) {
                continue;
            }
            String mine = SHARED.get(v.rule());
            if (mine != null) {
                byValidator.merge(mine, 1, Integer::sum);
            } else {
                onlyValidator.merge(v.rule(), 1, Integer::sum);
            }
        }
        Map<String, Integer> byTimefold = new LinkedHashMap<>();
        Map<String, Integer> onlyTimefold = new LinkedHashMap<>();
        for (String c : SeasonConstraints.HARD) {
            RuleTotal t = score.rules().get(c);
            if (t == null || t.matches() == 0) {
                continue;
            }
            (SHARED.containsValue(c) ? byTimefold : onlyTimefold).put(c, t.matches());
        }
        int v = byValidator.values().stream().mapToInt(Integer::intValue).sum();
        int t = byTimefold.values().stream().mapToInt(Integer::intValue).sum();
        boolean agree = byValidator.equals(byTimefold);
        lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %s | %s |", sport.code(), what,
                report.hardViolations(), score.hardBreaches(), v + " / " + t, agree ? "yes" : "**no**",
                text(byValidator), text(onlyValidator) + " · " + text(onlyTimefold)));
        return agree;
    }

    private static String text(Map<String, Integer> m) {
        return m.isEmpty() ? "-" : m.toString().replace("{", "").replace("}", "");
    }

    private static List<Game> flipOne(List<Game> games, Random random) {
        List<Game> copy = new ArrayList<>(games);
        int i = random.nextInt(copy.size());
        Game g = copy.get(i);
        copy.set(i, new Game(g.id(), g.date(), g.away(), g.home(), g.venue()));
        return copy;
    }

    private static List<Game> shiftOne(List<Game> games, Random random) {
        List<Game> copy = new ArrayList<>(games);
        int i = random.nextInt(copy.size());
        Game g = copy.get(i);
        copy.set(i, new Game(g.id(), g.date().plusDays(1), g.home(), g.away(), g.venue()));
        return copy;
    }

    private static String report(String command, double seconds, double unimproved, long seed, List<Row> rows,
                                 List<String> crossLines) {
        StringBuilder md = new StringBuilder();
        md.append("# Big 12 2025-26: every sport generated and optimized\n\n");
        md.append("Command (from the repository root):\n\n```\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "Run %s on %d cores, Java %s, max heap %d MiB. Budget per sport: %.0f s "
                        + "(stop after %.0f s without improvement), seed %d, default weights %s.%n%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, seconds, unimproved, seed,
                new java.util.TreeMap<>(SeasonOptimizer.DEFAULT_WEIGHTS)));
        md.append("Hard violations are counted twice: by the constraints service's `ScheduleValidator` and by the "
                + "scheduler's Timefold constraints (matches of hard constraints). Soft score is the Timefold soft "
                + "penalty under the default weights (travel is 1 per mile). Travel: miles of all teams, campus to "
                + "campus by haversine, staying on the road between road meetings at most 4 days apart. Time is wall "
                + "time of the drafts (4 generator seeds, the best is optimized) + Timefold solve (simulated annealing over structure-keeping moves); peak heap is the sum of the heap pools' peaks during the sport.\n\n");
        md.append("| sport | teams | games | hard (validator) | hard (Timefold) | soft score (draft -> optimized) | "
                + "validator soft | travel miles (draft -> optimized) | solve time | peak heap | moves/s |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            SeasonScore s = r.result().score();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %,d -> %,d | %d | %,d -> %,d | %.1f s | %d MiB | %,d |%n",
                    r.sport().code(), r.teams(), r.result().games().size(), r.report().hardViolations(),
                    s.hardBreaches(), r.result().initialScore().softPenalty(), s.softPenalty(), r.report().softPenalty(),
                    r.result().initialScore().travelMiles(), s.travelMiles(), r.seconds(), r.peakHeap() >> 20,
                    r.result().movesPerSecond()));
        }
        md.append("\n## Soft score by constraint (matches / weighted penalty), draft -> optimized\n\n");
        md.append("| sport | ").append(String.join(" | ", SeasonConstraints.SOFT)).append(" |\n|---|");
        md.append("---:|".repeat(SeasonConstraints.SOFT.size())).append("\n");
        for (Row r : rows) {
            md.append("| ").append(r.sport().code()).append(" |");
            for (String c : SeasonConstraints.SOFT) {
                md.append(' ').append(cell(r.result().initialScore(), c)).append(" -> ")
                        .append(cell(r.result().score(), c)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Cross-check: validator vs Timefold hard rules\n\n");
        md.append("Shared rules: ").append(SHARED).append(" (validator rule = Timefold constraint). A validator "
                + "blackout counts once per team blacked out, `unplayable-date` once per game, so a game on a date "
                + "blacked out for both teams counts 2 vs 1. Structural rules only the validator checks (games per "
                + "team, meetings) hold by construction in the optimizer; rules only Timefold checks (double "
                + "booking, football's road games in 5 weeks, home-and-home separation) are listed, not compared.\n\n");
        md.append("| sport | schedule | hard (validator) | hard (Timefold) | shared rules validator / Timefold | agree | "
                + "shared breaches | only validator · only Timefold |\n|---|---|---:|---:|---|---|---|---|\n");
        crossLines.forEach(l -> md.append(l).append('\n'));
        return md.toString();
    }

    private static String cell(SeasonScore s, String c) {
        RuleTotal t = s.rules().get(c);
        return t == null ? "0/0" : t.matches() + "/" + t.weightedPenalty();
    }
}
