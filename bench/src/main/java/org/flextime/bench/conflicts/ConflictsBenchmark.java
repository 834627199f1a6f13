package org.flextime.bench.conflicts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.flextime.domain.Blackout;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.SeasonCatalog;
import org.flextime.domain.Sport;
import org.flextime.engine.conflicts.ConflictSeverity;
import org.flextime.engine.conflicts.ScheduleConflict;
import org.flextime.engine.conflicts.resolution.Effectiveness;
import org.flextime.engine.conflicts.resolution.Proposal;
import org.flextime.engine.conflicts.resolution.Resolution;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Resolver;
import org.flextime.engine.conflicts.resolution.ScheduleJudge;
import org.flextime.engine.conflicts.resolution.Situation;
import org.flextime.engine.conflicts.resolution.StrategyCatalog;
import org.flextime.engine.season.optimizer.OptimizedSeason;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.engine.season.optimizer.SolveOptions;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;

/**
 * The conflict engine on legal schedules of several sports (the season optimizer's, checked hard-0 by the validator):
 * seeded perturbations (a game moved onto a day one of its teams already plays, a venue closed for a week, a blackout
 * added mid-season), each followed by automatic resolution: the best checked proposal of the built-in strategies is
 * applied to the worst open conflict the perturbation brought (critical or high) until none is left or no proposal
 * passes. Also the engine's detection time on the full 160-game MBB season after a one-game edit (the compute part of
 * the edit to {@code conflict.detected} path; the service adds the event bus and the database around it).
 *
 * <p>Options: {@code --perturbations N} (200), {@code --seed S} (2025), {@code --sports MBB,WBB,VB,SOC},
 * {@code --seconds N} optimizer budget per sport (10), {@code --out FILE} (bench/results/conflicts.md),
 * {@code --command TEXT} (printed at the top; the run script fills it in).
 */
public final class ConflictsBenchmark {

    private static final int MAX_ROUNDS = 12;
    private static final int LATENCY_SAMPLES = 300;
    private static final List<String> STRATEGY_NAMES = StrategyCatalog.builtIn().entries().stream().map(e -> e.strategy().name()).toList();

    private ConflictsBenchmark() {
    }

    /** What one perturbation was and how resolution went. */
    record Outcome(String sport, Kind kind, String what, int targets, boolean resolved, int changedGames, int newHard,
                   List<String> strategies) {
    }

    /** The perturbations, in turn. */
    enum Kind { MOVED_INTO_CONFLICT, VENUE_CLOSED_FOR_A_WEEK, BLACKOUT_ADDED }

    /** A perturbed schedule: the season (maybe with a blackout more), the other sports' bookings, the games. */
    record Perturbed(Season season, Map<String, List<Game>> others, List<Game> games, String what) {
    }

    /** Runs the benchmark and writes the report. */
    public static void main(String[] args) throws IOException {
        int perturbations = 200;
        long seed = 2025;
        List<String> sports = List.of("MBB", "WBB", "VB", "SOC");
        double seconds = 10;
        Path out = Path.of("bench/results/conflicts.md");
        String command = "bench/conflicts/run";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--perturbations" -> perturbations = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--sports" -> sports = Arrays.asList(args[++i].split(","));
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--command" -> command = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        double loadAtStart = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Season season = SeasonCatalog.bundled().find("2025-26").orElseThrow();
        SeasonOptimizer optimizer = new SeasonOptimizer();
        SolveOptions options = SolveOptions.defaults().withBudget(Duration.ofMillis(Math.round(seconds * 1000)),
                Duration.ofMillis(Math.round(seconds * 500)));
        Map<String, List<Game>> legal = new LinkedHashMap<>();
        List<String> baseLines = new ArrayList<>();
        for (String code : sports) {
            Sport sport = season.sport(code).orElseThrow();
            OptimizedSeason result = optimizer.optimize(season, sport, seed, options);
            ConstraintSet set = new DefaultRules().forSport(season, sport);
            ScheduleJudge judge = new ScheduleJudge(season, sport, set, Map.of());
            ScheduleJudge.Judgement j = judge.judge(result.games());
            long critical = j.conflicts().stream().filter(c -> c.severity() == ConflictSeverity.CRITICAL).count();
            baseLines.add(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |", code, result.games().size(),
                    j.hardViolations().size(), critical, j.conflicts().size()));
            System.err.printf(Locale.ROOT, "%s: %d games, %d hard violations, %d conflicts%n", code, result.games().size(),
                    j.hardViolations().size(), j.conflicts().size());
            legal.put(code, result.games());
        }
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "strategy");
            t.setDaemon(true);
            return t;
        });
        Resolver resolver = new Resolver(pool, Duration.ofSeconds(5));
        List<ResolutionStrategy> strategies = StrategyCatalog.builtIn().entries().stream().map(StrategyCatalog.Entry::strategy).toList();
        List<Outcome> outcomes = new ArrayList<>();
        List<String> codes = new ArrayList<>(legal.keySet());
        for (int i = 0; i < perturbations; i++) {
            String code = codes.get(i % codes.size());
            Kind kind = Kind.values()[(i / codes.size()) % Kind.values().length];
            Sport sport = season.sport(code).orElseThrow();
            Random random = new Random(seed * 31 + i);
            Perturbed p = perturb(season, sport, legal.get(code), kind, random);
            outcomes.add(resolve(season, p, sport, code, kind, legal.get(code), resolver, strategies));
            if ((i + 1) % 20 == 0) {
                System.err.printf(Locale.ROOT, "%d perturbations, %d resolved%n", i + 1, outcomes.stream().filter(Outcome::resolved).count());
            }
        }
        double[] latency = latency(season, legal.containsKey("MBB") ? "MBB" : codes.get(0),
                legal.getOrDefault("MBB", legal.get(codes.get(0))), seed);
        pool.shutdownNow();
        Files.createDirectories(out.toAbsolutePath().getParent());
        double loadAtEnd = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Files.writeString(out, report(command, seed, seconds, baseLines, outcomes, latency, new double[] {loadAtStart, loadAtEnd}));
        System.err.println("wrote " + out);
    }

    static Perturbed perturb(Season season, Sport sport, List<Game> games, Kind kind, Random random) {
        List<Game> sorted = games.stream().sorted(Comparator.comparing(Game::date).thenComparing(Game::id)).toList();
        switch (kind) {
            case MOVED_INTO_CONFLICT -> {
                Game g = sorted.get(random.nextInt(sorted.size()));
                String team = random.nextBoolean() ? g.home() : g.away();
                List<Game> other = sorted.stream().filter(h -> h.involves(team) && !h.date().equals(g.date())).toList();
                Game h = other.get(random.nextInt(other.size()));
                List<Game> moved = games.stream().map(x -> x.id().equals(g.id())
                        ? g.withDate(h.date()) : x).toList();
                return new Perturbed(season, Map.of(), moved, g.label() + " moved to " + h.date() + ", when " + team + " plays " + h.label());
            }
            case VENUE_CLOSED_FOR_A_WEEK -> {
                Game g = sorted.get(random.nextInt(sorted.size()));
                LocalDate from = g.date().minusDays(random.nextInt(7));
                List<Game> closure = new ArrayList<>();
                for (int d = 0; d < 7; d++) {
                    closure.add(new Game("closure-" + d, from.plusDays(d), "venue", "closed", g.venue()));
                }
                return new Perturbed(season, Map.of("CLOSED", closure), games, g.venue() + " closed " + from + " to " + from.plusDays(6));
            }
            default -> {
                List<Game> middle = sorted.subList(sorted.size() / 4, sorted.size() * 3 / 4);
                Game g = middle.get(random.nextInt(middle.size()));
                String team = random.nextBoolean() ? g.home() : g.away();
                List<Blackout> blackouts = new ArrayList<>(season.blackouts());
                blackouts.add(Blackout.range(List.of(team), g.date(), g.date(), "added mid-season"));
                Season more = new Season(season.id(), season.conference(), season.teams(), season.sports(), blackouts,
                        season.travelPartners(), season.roadTrips());
                return new Perturbed(more, Map.of(), games, "blackout for " + team + " on " + g.date() + " (" + g.label() + ")");
            }
        }
    }

    static Outcome resolve(Season original, Perturbed p, Sport sport, String code, Kind kind, List<Game> legal, Resolver resolver,
                           List<ResolutionStrategy> strategies) {
        ConstraintSet set = new DefaultRules().forSport(p.season(), sport);
        // what the legal schedule had before the perturbation: those conflicts are not the perturbation's to resolve
        ScheduleJudge before = new ScheduleJudge(original, sport, new DefaultRules().forSport(original, sport), Map.of());
        Set<String> known = new HashSet<>();
        before.judge(legal).conflicts().forEach(c -> known.add(c.fingerprint()));
        ScheduleJudge judge = new ScheduleJudge(p.season(), sport, set, p.others());
        ScheduleJudge.Judgement perturbed = judge.judge(p.games());
        int targets = targets(perturbed, known).size();
        List<Game> games = p.games();
        Set<String> changed = new HashSet<>();
        List<String> used = new ArrayList<>();
        boolean resolved = false;
        List<ScheduleConflict> left = List.of();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            left = targets(judge.judge(games), known);
            if (left.isEmpty()) {
                resolved = true;
                break;
            }
            // the most severe open conflict that has a checked proposal
            Proposal best = null;
            for (ScheduleConflict c : left) {
                Resolution r = resolver.resolve(new Situation(p.season(), sport, games, Set.of(), c, p.others(), set), judge, strategies,
                        Effectiveness.UNKNOWN);
                if (!r.proposals().isEmpty()) {
                    best = r.proposals().get(0);
                    break;
                }
            }
            if (best == null) {
                break;
            }
            used.add(best.strategy());
            Map<String, Game> after = new HashMap<>();
            best.changes().forEach(c -> {
                after.put(c.gameId(), c.after());
                changed.add(c.gameId());
            });
            games = games.stream().map(g -> after.getOrDefault(g.id(), g)).toList();
        }
        Set<String> hard = new HashSet<>(judge.judge(games).hardViolations());
        hard.removeAll(perturbed.hardViolations());
        String what = resolved ? p.what() : p.what() + "; left: " + left.stream().map(c -> c.kind() + " " + c.subject() + " "
                + c.gameIds()).toList();
        return new Outcome(code, kind, what, targets, resolved, changed.size(), hard.size(), used);
    }

    /** The conflicts at least high that the legal schedule did not have, most severe and earliest first. */
    private static List<ScheduleConflict> targets(ScheduleJudge.Judgement j, Set<String> known) {
        return j.conflicts().stream().filter(c -> c.severity().atLeast(ConflictSeverity.HIGH) && !known.contains(c.fingerprint()))
                .sorted(Comparator.comparing(ScheduleConflict::severity).thenComparing(ScheduleConflict::date)).toList();
    }

    /** Milliseconds to judge the season after one game moved a day, {@link #LATENCY_SAMPLES} times: p50 and p99. */
    static double[] latency(Season season, String code, List<Game> games, long seed) {
        Sport sport = season.sport(code).orElseThrow();
        ScheduleJudge judge = new ScheduleJudge(season, sport, new DefaultRules().forSport(season, sport), Map.of());
        Random random = new Random(seed);
        for (int k = 0; k < 30; k++) {
            judge.judge(games);
        }
        double[] ms = new double[LATENCY_SAMPLES];
        for (int k = 0; k < LATENCY_SAMPLES; k++) {
            Game g = games.get(random.nextInt(games.size()));
            List<Game> edited = games.stream().map(x -> x == g ? g.withDate(g.date().plusDays(1)) : x)
                    .toList();
            long start = System.nanoTime();
            judge.judge(edited);
            ms[k] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[LATENCY_SAMPLES / 2], ms[(int) Math.ceil(LATENCY_SAMPLES * 0.99) - 1], games.size()};
    }

    private static String report(String command, long seed, double seconds, List<String> baseLines, List<Outcome> outcomes,
                                 double[] latency, double[] load) {
        StringBuilder md = new StringBuilder("# Conflicts: detection time and automatic resolution\n\n");
        md.append("Command: `").append(command).append("` (seed ").append(seed).append(", optimizer ").append(seconds)
                .append(" s per sport). Engine: `engines/conflicts`, the built-in strategies (").append(String.join(", ", STRATEGY_NAMES))
                .append("), the sport's default rule set.")
                .append(String.format(Locale.ROOT, " Load average %.1f at the start, %.1f at the end (%d cores).%n%n", load[0], load[1],
                        Runtime.getRuntime().availableProcessors()));
        md.append("## Legal schedules\n\n| sport | games | hard violations | critical conflicts | conflicts |\n|---|---|---|---|---|\n");
        baseLines.forEach(l -> md.append(l).append('\n'));
        long resolved = outcomes.stream().filter(Outcome::resolved).count();
        int newHard = outcomes.stream().mapToInt(Outcome::newHard).sum();
        List<Integer> changes = outcomes.stream().filter(Outcome::resolved).map(Outcome::changedGames).sorted().toList();
        double median = changes.isEmpty() ? 0 : changes.size() % 2 == 1 ? changes.get(changes.size() / 2)
                : (changes.get(changes.size() / 2 - 1) + changes.get(changes.size() / 2)) / 2.0;
        md.append(String.format(Locale.ROOT, "%n## Perturbations%n%n%d perturbations: **%d resolved automatically (%.1f%%)**, **%d new hard "
                        + "violations**, median **%.1f changed games** per resolution.%n%n", outcomes.size(), resolved,
                100.0 * resolved / Math.max(1, outcomes.size()), newHard, median));
        md.append("| sport | perturbation | runs | resolved | targets (critical/high conflicts brought) | median changed games |\n"
                + "|---|---|---|---|---|---|\n");
        Map<String, List<Outcome>> groups = new TreeMap<>();
        outcomes.forEach(o -> groups.computeIfAbsent(o.sport() + "|" + o.kind(), k -> new ArrayList<>()).add(o));
        groups.forEach((k, list) -> {
            List<Integer> ch = list.stream().filter(Outcome::resolved).map(Outcome::changedGames).sorted().toList();
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s |%n", list.get(0).sport(),
                    list.get(0).kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), list.size(),
                    list.stream().filter(Outcome::resolved).count(), list.stream().mapToInt(Outcome::targets).sum(),
                    ch.isEmpty() ? "-" : String.valueOf(ch.get(ch.size() / 2))));
        });
        Map<String, Integer> byStrategy = new TreeMap<>();
        outcomes.forEach(o -> o.strategies().forEach(s -> byStrategy.merge(s, 1, Integer::sum)));
        md.append("\nProposals applied, by strategy: ").append(byStrategy).append("\n\n");
        List<Outcome> failed = outcomes.stream().filter(o -> !o.resolved()).toList();
        if (!failed.isEmpty()) {
            md.append("Not resolved automatically:\n\n");
            failed.forEach(o -> md.append("- ").append(o.sport()).append(": ").append(o.what()).append('\n'));
            md.append('\n');
        }
        md.append(String.format(Locale.ROOT, "## Detection time (engine)%n%nJudging the %d-game MBB season after a one-game edit "
                        + "(every family, the default rule set's hard violations), %d samples after 30 warm-ups: p50 %.1f ms, p99 %.1f ms.%n",
                (int) latency[2], LATENCY_SAMPLES, latency[0], latency[1]));
        return md.toString();
    }
}
