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
import java.util.TreeSet;

import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.RuleDefinition;
import org.flextime.rules.Severity;
import org.flextime.rules.ValidationReport;
import org.flextime.rules.Violation;
import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import org.flextime.domain.Game;
import org.flextime.domain.RoadTripRule;
import org.flextime.domain.RoadTrips;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.season.optimizer.OptimizedSeason;
import org.flextime.engine.season.optimizer.RuleTotal;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.engine.season.optimizer.SeasonScore;
import org.flextime.engine.season.optimizer.SolveOptions;

/**
 * Generates and optimizes every Big 12 sport of the bundled 2025-26 season and checks each result with the rule
 * catalog's validator against the very constraint set the optimizer scored with (the sport's default set, with the
 * companion sport's schedule where a rule needs it): since the optimizer's Timefold constraints are the catalog's rule
 * evaluators, the two agree by construction, which the report shows per rule on every generated schedule and on a
 * few mutated copies (one game flipped, one game moved a day). Writes a markdown report; exits 1 if a generated
 * schedule has a hard violation or the two disagree anywhere.
 *
 * <p>Options: {@code --seconds N} solver budget per sport (18), {@code --unimproved N} stop after N s
 * without improvement (8), {@code --seed S} (2025), {@code --only FB,MBB}, {@code --out FILE}
 * (bench/results/big12.md), {@code --command TEXT} (printed at the top; the run script fills it in).
 */
public final class Big12Benchmark {
    /** Sports solved first because another sport uses their schedule (football for volleyball, men's for women's basketball). */
    private static final List<String> ORDER = List.of("FB", "MBB", "WBB", "VB", "SOC", "BSB", "SB", "MTEN", "WTEN");
    private static final Map<String, String> COMPANION = Map.of("WBB", "MBB", "VB", "FB");
    private Big12Benchmark() {
    }

    /** One sport's outcome. */
    record Row(Sport sport, int teams, OptimizedSeason result, ValidationReport report, List<String> softRules, double seconds,
               long peakHeap) {
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
        String loadAtStart = loadAverage();
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        SolveOptions base = SolveOptions.defaults().withBudget(Duration.ofMillis(Math.round(seconds * 1000)),
                Duration.ofMillis(Math.round(unimproved * 1000)));
        SeasonOptimizer optimizer = new SeasonOptimizer();
        RuleCompiler compiler = new RuleCompiler();
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
            ConstraintSet set = SeasonOptimizer.constraintSet(season, sport, options);
            ValidationReport report = compiler.compile(set, season).validate(result.games());
            List<String> softRules = set.rules().stream().filter(r -> r.severity() == Severity.SOFT).map(RuleDefinition::id).toList();
            rows.add(new Row(sport, season.participants(sport).size(), result, report, softRules, took, peak));
            System.err.printf(Locale.ROOT, "%s: %d games, hard %d (validator %d), soft %d (validator %d + travel %d), %d miles, %.1f s, "
                            + "peak heap %d MiB%n", code, result.games().size(), result.score().hardBreaches(), report.hardViolations(),
                    result.score().softPenalty(), report.softPenalty(), travelPenalty(result.score()), result.score().travelMiles(),
                    took, peak >> 20);
            if (report.hardViolations() != 0 || result.score().hardBreaches() != 0) {
                ok = false;
            }
            ok &= crossCheck(season, sport, set, result.games(), "generated", optimizer, compiler, options, crossLines);
            Random random = new Random(seed ^ code.hashCode());
            for (int k = 0; k < 2; k++) {
                ok &= crossCheck(season, sport, set, flipOne(result.games(), random), "one game flipped", optimizer, compiler,
                        options, crossLines);
                ok &= crossCheck(season, sport, set, shiftOne(result.games(), random), "one game a day later", optimizer,
                        compiler, options, crossLines);
            }
        }
        long peakAll = rows.stream().mapToLong(Row::peakHeap).max().orElse(0);
        System.err.printf(Locale.ROOT, "peak heap %d MiB of max %d MiB%n", peakAll >> 20, Runtime.getRuntime().maxMemory() >> 20);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report(command, seconds, unimproved, seed, season.roadTrips(), rows, crossLines, loadAtStart));
        System.err.println("wrote " + out);
        if (!ok) {
            System.err.println("a generated schedule breaks a hard rule, or validator and Timefold disagree");
            System.exit(1);
        }
    }

    /** The soft penalty of the optimizer's own objectives: travel (miles × weight) and home/away imbalance. */
    private static long travelPenalty(SeasonScore s) {
        long total = 0;
        for (String own : List.of(SolveOptions.TRAVEL, SolveOptions.IMBALANCE)) {
            RuleTotal t = s.rules().get(own);
            total += t == null ? 0 : t.weightedPenalty();
        }
        return total;
    }

    /**
     * Counts each rule's violations and penalty both ways, the validator's report against the Timefold score analysis
     * of the same games under the same set; returns whether every rule agrees.
     */
    private static boolean crossCheck(Season season, Sport sport, ConstraintSet set, List<Game> games, String what,
                                      SeasonOptimizer optimizer, RuleCompiler compiler, SolveOptions options, List<String> lines) {
        ValidationReport report = compiler.compile(set, season).validate(games);
        SeasonScore score = optimizer.evaluate(season, sport, games, options);
        Map<String, Integer> byValidator = new LinkedHashMap<>();
        Map<String, Long> penaltyByValidator = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            byValidator.merge(v.rule(), 1, Integer::sum);
            penaltyByValidator.merge(v.rule(), (long) v.penalty(), Long::sum);
        }
        Map<String, Integer> byTimefold = new LinkedHashMap<>();
        Map<String, Long> penaltyByTimefold = new LinkedHashMap<>();
        for (RuleDefinition r : set.rules()) {
            RuleTotal t = score.rules().get(r.id());
            if (t != null && t.matches() > 0) {
                byTimefold.put(r.id(), t.matches());
                penaltyByTimefold.put(r.id(), t.weightedPenalty());
            }
        }
        boolean agree = new java.util.TreeMap<>(byValidator).equals(new java.util.TreeMap<>(byTimefold))
                && new java.util.TreeMap<>(penaltyByValidator).equals(new java.util.TreeMap<>(penaltyByTimefold))
                && report.softPenalty() + travelPenalty(score) == score.softPenalty();
        Map<String, Integer> hard = new LinkedHashMap<>();
        for (Violation v : report.violations()) {
            if (v.severity() == Severity.HARD) {
                hard.merge(v.rule(), 1, Integer::sum);
            }
        }
        lines.add(String.format(Locale.ROOT, "| %s | %s | %d | %d | %,d | %,d | %s | %s |", sport.code(), what,
                report.hardViolations(), score.hardBreaches(), report.softPenalty(), score.softPenalty() - travelPenalty(score),
                agree ? "yes" : "**no**", text(hard)));
        return agree;
    }

    private static String text(Map<String, Integer> m) {
        return m.isEmpty() ? "-" : m.toString().replace("{", "").replace("}", "");
    }

    private static List<Game> flipOne(List<Game> games, Random random) {
        List<Game> copy = new ArrayList<>(games);
        int i = random.nextInt(copy.size());
        Game g = copy.get(i);
        copy.set(i, g.withSides(g.away(), g.home(), g.venue()));
        return copy;
    }

    private static List<Game> shiftOne(List<Game> games, Random random) {
        List<Game> copy = new ArrayList<>(games);
        int i = random.nextInt(copy.size());
        Game g = copy.get(i);
        copy.set(i, g.withDate(g.date().plusDays(1)));
        return copy;
    }

    /**
     * The least a single round robin's travel can cost in dollars (each pair at most once, every team its games per
     * team, the protected rivalries met, each game its visitor's round trip): the optimum of that degree-constrained
     * choice of meetings, by CP-SAT; 0 when it is not proven within a minute.
     */
    private static long floor(Sport sport) {
        Loader.loadNativeLibraries();
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        RoadTrips trips = RoadTrips.forSport(season, sport);
        List<String> teams = season.participants(sport).stream().map(t -> t.code()).toList();
        CpModel model = new CpModel();
        LinearExprBuilder cost = LinearExpr.newBuilder();
        Map<String, List<BoolVar>> meetingsOf = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            for (int j = i + 1; j < teams.size(); j++) {
                String a = teams.get(i);
                String b = teams.get(j);
                BoolVar meet = model.newBoolVar(a + "-" + b);
                cost.addTerm(meet, Math.round(trips.leg(a, b).dollars() + trips.leg(b, a).dollars()));
                if (sport.isProtectedRivalry(a, b)) {
                    model.addEquality(meet, 1);
                }
                meetingsOf.computeIfAbsent(a, k -> new ArrayList<>()).add(meet);
                meetingsOf.computeIfAbsent(b, k -> new ArrayList<>()).add(meet);
            }
        }
        meetingsOf.values().forEach(m -> model.addEquality(LinearExpr.sum(m.toArray(BoolVar[]::new)),
                sport.format().gamesPerTeam()));
        model.minimize(cost);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(60).setNumWorkers(2);
        return solver.solve(model) == CpSolverStatus.OPTIMAL ? Math.round(solver.objectiveValue()) : 0;
    }

    private static String report(String command, double seconds, double unimproved, long seed, RoadTripRule trips,
                                 List<Row> rows, List<String> crossLines, String loadAtStart) {
        StringBuilder md = new StringBuilder();
        md.append("# Big 12 2025-26: every sport generated and optimized\n\n");
        md.append("Command (from the repository root):\n\n```\n").append(command).append("\n```\n\n");
        md.append(String.format(Locale.ROOT, "Load average at the start of the run: %s; at the end: %s (the machine is "
                + "shared, and times, moves/s and so the results depend on it).%n%n", loadAtStart, loadAverage()));
        md.append(String.format(Locale.ROOT, "Run %s on %d cores, Java %s, max heap %d MiB. Budget per sport: %.0f s "
                        + "(stop after %.0f s without improvement), seed %d, default weights %s.%n%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, seconds, unimproved, seed,
                new java.util.TreeMap<>(SeasonOptimizer.DEFAULT_WEIGHTS)));
        md.append("The optimizer's Timefold constraints are the rule catalog's evaluators: one constraint per rule of the "
                + "sport's constraint set (here the default set, `DefaultRules`, with the companion sport's schedule for "
                + "`shared-home-day`), named by rule id, plus the optimizer's own objectives `travel` (dollars: each leg of "
                + "the one road-trip model by the cheapest mode of the season's cost table for the sport's travel party, "
                + "the figure the travel service reports, counted in miles' worth at the sport's average price of a mile) "
                + "and `home-away-imbalance` (each team's |home - away|, 1,500 per unit: what the reported quality "
                + "deducts for it, in miles). The validator column validates the same games against the same set with "
                + "`RuleCompiler`/`CompiledSet`, so hard counts agree and Timefold soft = validator soft + travel + "
                + "imbalance by construction; the cross-check below compares them per rule.\n\n");
        md.append("Quality is the score the product reports for a schedule (`domain/QualityModel`, the intelligence "
                + "service's `quality.predict`: 100 minus points for hard violations, conflicts, soft penalty per game "
                + "(1 point per 150), travel cost per game beyond 500 (1 point per 150; the cost is the optimizer's own "
                + "`travel` figure, dollars in miles' worth, which the travel step hands the quality step too) and "
                + "home/away imbalance), here with no conflicts. Below its caps the quality deducts the optimizer's soft "
                + "score over 150 per game, so the two agree; the optimizer returns the best schedule by its score among "
                + "those whose quality is not below the draft's.\n\n");
        md.append(String.format(Locale.ROOT, "Travel: whole dollars and miles of all teams by the one road-trip model "
                + "(`domain/RoadTrips`, the same the travel service reports at `GET /api/v1/travel/{id}`), campus to "
                + "campus by great circle. A team stays on the road from one away game to the next when it is at most %d "
                + "days later and the trip spans at most %d days, first game to last (the season's `roadTrips` section); "
                + "a home game or a longer gap sends it home; consecutive away games at one host (a series) are one "
                + "stop.%n%n", trips.maxGapDays(), trips.maxDaysAway()));
        md.append("Time is wall time of the drafts (4 generator seeds, the best is optimized), the choice of opponents (a "
                + "quarter of the budget at most, partial formats only: the exact opponent assignment, then exchanges) and the Timefold solve (simulated annealing on the "
                + "soft level over structure-keeping moves, never breaking a hard rule); peak heap is the sum of the heap pools' peaks during the "
                + "sport.\n\n");
        md.append("| sport | teams | games | hard (validator) | hard (Timefold) | soft score (draft -> optimized) | "
                + "validator soft | travel dollars (draft -> optimized) | dollars change | travel miles (draft -> optimized) | "
                + "miles change | quality (draft -> optimized) | solve time | peak heap | moves/s |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            SeasonScore s = r.result().score();
            SeasonScore d = r.result().initialScore();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %,d -> %,d | %,d | $%,d -> $%,d | %+.1f%% | %,d -> %,d "
                            + "| %+.1f%% | %.2f -> %.2f | %.1f s | %d MiB | %,d |%n",
                    r.sport().code(), r.teams(), r.result().games().size(), r.report().hardViolations(),
                    s.hardBreaches(), d.softPenalty(), s.softPenalty(), r.report().softPenalty(),
                    d.travelDollars(), s.travelDollars(), change(d.travelDollars(), s.travelDollars()),
                    d.travelMiles(), s.travelMiles(), change(d.travelMiles(), s.travelMiles()),
                    d.quality(), s.quality(), r.seconds(), r.peakHeap() >> 20, r.result().movesPerSecond()));
        }
        md.append("\nFootball plays each opponent once, one game a Saturday, so every away game is its own round trip: no "
                + "slot or home/away move changes its travel, only who meets whom does. Before the search, the opponent "
                + "assignment (`OpponentAssignment`, a mixed-integer program solved by SCIP, within the opponents' time) matches each week's hosts to "
                + "that week's visitors anew at the least round-trip cost, each pair once, the protected rivalries kept; "
                + "every team keeps its week-by-week pattern of home games, away games and byes, and so every rule about "
                + "them. ");
        rows.stream().filter(r -> r.sport().code().equals("FB")).findFirst().ifPresent(r -> {
            long floor = floor(r.sport());
            md.append(String.format(Locale.ROOT, "The floor for football is $%,d: the cheapest %d meetings of its %d teams, "
                            + "%d each and the protected rivalries among them, whatever the calendar (CP-SAT, %s); the "
                            + "optimized schedule is %.1f%% above it. ", floor, r.result().games().size(), r.teams(),
                    r.sport().format().gamesPerTeam(), floor > 0 ? "proven optimal" : "not solved", Math.max(0, 100.0
                            * (r.result().score().travelDollars() - floor) / Math.max(1, floor))));
        });
        md.append("Men's basketball plays everyone once or twice with hard road-streak and first/last-games "
                + "rules: most moves break one (a probe of 1,500 random moves on its draft: 5-12% feasible), so its "
                + "improvements come from the road-trip and round-pair moves. Baseball and softball travel by series "
                + "weekends whose hosts the home-series limits fix, so little moves there.\n");
        long peakAll = rows.stream().mapToLong(Row::peakHeap).max().orElse(0);
        md.append(String.format(Locale.ROOT, "%nPeak heap over all sports: %d MiB (JVM max heap %d MiB).%n",
                peakAll >> 20, Runtime.getRuntime().maxMemory() >> 20));
        List<String> soft = new ArrayList<>(List.of(SolveOptions.TRAVEL, SolveOptions.IMBALANCE));
        TreeSet<String> ids = new TreeSet<>();
        rows.forEach(r -> ids.addAll(r.softRules()));
        soft.addAll(ids);
        md.append("\n## Soft score by constraint (matches / weighted penalty), draft -> optimized\n\n");
        md.append("Rule weights: ").append(new java.util.TreeMap<>(SeasonOptimizer.DEFAULT_WEIGHTS))
                .append(" (a sport's set has only the rules its data states; `-` marks a rule not in its set).\n\n");
        md.append("| sport | ").append(String.join(" | ", soft)).append(" |\n|---|");
        md.append("---:|".repeat(soft.size())).append("\n");
        for (Row r : rows) {
            md.append("| ").append(r.sport().code()).append(" |");
            for (String c : soft) {
                if (!c.equals(SolveOptions.TRAVEL) && !c.equals(SolveOptions.IMBALANCE) && !r.softRules().contains(c)) {
                    md.append(" - |");
                    continue;
                }
                md.append(' ').append(cell(r.result().initialScore(), c)).append(" -> ")
                        .append(cell(r.result().score(), c)).append(" |");
            }
            md.append('\n');
        }
        md.append("\n## Cross-check: validator vs Timefold, per rule of the same set\n\n");
        md.append("Agree means: every rule has the same number of violations (Timefold matches) and the same penalty both "
                + "ways, and Timefold's soft score is the validator's soft penalty plus travel and imbalance.\n\n");
        md.append("| sport | schedule | hard (validator) | hard (Timefold) | soft (validator) | soft (Timefold, without travel and imbalance) | agree | "
                + "hard violations by rule |\n|---|---|---:|---:|---:|---:|---|---|\n");
        crossLines.forEach(l -> md.append(l).append('\n'));
        return md.toString();
    }

    private static double change(long before, long after) {
        return 100.0 * (after - before) / Math.max(1, before);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2] + " (1 / 5 / 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String cell(SeasonScore s, String c) {
        RuleTotal t = s.rules().get(c);
        return t == null ? "0/0" : t.matches() + "/" + t.weightedPenalty();
    }
}
