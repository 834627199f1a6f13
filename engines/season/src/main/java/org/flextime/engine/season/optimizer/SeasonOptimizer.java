package org.flextime.engine.season.optimizer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.score.director.ScoreDirectorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.impl.solver.DefaultSolver;
import org.flextime.domain.Game;
import org.flextime.domain.RoadTrips;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.engine.season.SeasonDraft;
import org.flextime.engine.season.SeasonGenerator;

/**
 * Generates a sport's season and optimizes it with Timefold Solver: the {@link SeasonGenerator} drafts a
 * legal season (which opponents meet twice is decided there from rivalries, travel partners and distance),
 * each meeting becomes a {@link Fixture}, and a local search with structure-keeping moves
 * ({@link SeasonMoveFactory}) improves travel and the soft rules under the request's weights while the
 * hard rules stay satisfied. The same constraints score any given schedule ({@link #evaluate}).
 */
public final class SeasonOptimizer {
    /**
     * Soft weights used where the request sets none: travel per mile, the catalog's default soft rules per unit of
     * their penalty ({@link DefaultRules#WEIGHTS}, by rule id).
     */
    public static final Map<String, Long> DEFAULT_WEIGHTS = defaultWeights();
    /**
     * Annealing on the soft level only: a move that breaks a hard rule is never taken. With a hard temperature the
     * search left the feasible region at once (most moves of a double round robin break a road-streak or
     * first-and-last-games rule) and never came back better, so men's basketball ended as drafted.
     */
    private static final String START_TEMPERATURE = "0hard/1000soft";
    /** Drafts (generator seeds seed, seed+1, ...) scored before the search; the best one is optimized. */
    private static final int DRAFTS = 4;

    private final SeasonGenerator generator = new SeasonGenerator();

    private static Map<String, Long> defaultWeights() {
        Map<String, Long> w = new TreeMap<>();
        w.put(SolveOptions.TRAVEL, 1L);
        DefaultRules.WEIGHTS.forEach((id, weight) -> w.put(id, (long) weight));
        return java.util.Collections.unmodifiableMap(w);
    }

    /** The optimized season's games for a request's options map (see {@link SolveOptions#fromMap}). */
    public List<Game> generate(Season season, Sport sport, long seed, Map<String, ?> options) {
        return optimize(season, sport, seed, SolveOptions.fromMap(options)).games();
    }

    /** Drafts, optimizes within the options' budget, and scores the result; deterministic per seed and budget. */
    public OptimizedSeason optimize(Season season, Sport sport, long seed, SolveOptions options) {
        return optimize(season, sport, seed, options, EnvironmentMode.PHASE_ASSERT);
    }

    /** As {@link #optimize(Season, Sport, long, SolveOptions)}; tests ask for FULL_ASSERT to check incremental scores. */
    OptimizedSeason optimize(Season season, Sport sport, long seed, SolveOptions options, EnvironmentMode mode) {
        return optimize(season, sport, seed, options, mode, improvement -> { }, () -> false);
    }

    /**
     * As {@link #optimize(Season, Sport, long, SolveOptions)}, telling {@code onBest} of every new best score
     * and stopping early (with {@link java.util.concurrent.CancellationException}) once {@code cancelled} says so.
     */
    public OptimizedSeason optimize(Season season, Sport sport, long seed, SolveOptions options, Consumer<Improvement> onBest,
                                    BooleanSupplier cancelled) {
        return optimize(season, sport, seed, options, EnvironmentMode.PHASE_ASSERT, onBest, cancelled);
    }

    private OptimizedSeason optimize(Season season, Sport sport, long seed, SolveOptions options, EnvironmentMode mode,
                                     Consumer<Improvement> onBest, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        RuleBook book = new RuleBook(season, sport, options);
        String key = book.register();
        try {
            return optimize(season, sport, seed, options, mode, onBest, cancelled, book, key, started);
        } finally {
            RuleBook.unregister(key);
        }
    }

    private OptimizedSeason optimize(Season season, Sport sport, long seed, SolveOptions options, EnvironmentMode mode,
                                     Consumer<Improvement> onBest, BooleanSupplier cancelled, RuleBook book, String key,
                                     long started) {
        SolverFactory<SeasonPlan> factory = SolverFactory.create(config(seed, options, key).withEnvironmentMode(mode));
        SolutionManager<SeasonPlan, HardSoftLongScore> manager = SolutionManager.create(factory);
        // the hard rules leave drafts far apart in the search space, so a few drafts are a cheap multi-start
        SeasonDraft draft = null;
        SeasonPlan plan = null;
        HardSoftLongScore planScore = null;
        for (int k = 0; k < DRAFTS; k++) {
            stopIfCancelled(cancelled);
            SeasonDraft d = generator.draft(season, sport, book.set().set(), seed + k);
            SeasonPlan p = plan(season, sport, d, book);
            HardSoftLongScore s = manager.update(p);
            if (planScore == null || s.compareTo(planScore) > 0) {
                draft = d;
                plan = p;
                planScore = s;
            }
        }
        SeasonScore initial = score(manager, plan);
        // a quarter of the budget for choosing opponents, which the search's moves never change
        long exchangeMillis = options.budget().toMillis() / 4;
        long exchangeStarted = System.nanoTime();
        draft = new OpponentExchange(season, sport, book, manager).improve(draft, exchangeMillis, cancelled);
        stopIfCancelled(cancelled);
        plan = plan(season, sport, draft, book);
        manager.update(plan);
        Duration spent = Duration.ofMillis(millisSince(exchangeStarted));
        Duration left = options.budget().minus(spent);
        SolverFactory<SeasonPlan> search = SolverFactory.create(config(seed, options.withBudget(
                left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left, options.unimprovedLimit()), key)
                .withEnvironmentMode(mode));
        SeasonDraft chosen = draft;
        Searched searched = search(search, plan, initial, onBest, cancelled, started, () -> plan(season, sport, chosen, book));
        return new OptimizedSeason(games(season, sport, draft.teams(), searched.best()), score(manager, searched.best()), initial,
                searched.movesPerSecond());
    }

    /** The best plan a search found and its speed. */
    private record Searched(SeasonPlan best, long movesPerSecond) {
    }

    /**
     * Runs the local search from the plan, reporting new bests, and stops when cancelled. The result is the best plan
     * by the optimizer's score among those whose reported quality ({@link PlanQuality}) is not below the start's:
     * the score weighs travel, home/away imbalance and the rules as the quality does only where the quality is
     * linear, so a best can still cost quality (a soft penalty that a sport had none of deducts up to 10 points at
     * once), and such a best is passed over; if every best is, the start comes back ({@code start} rebuilds it).
     */
    private static Searched search(SolverFactory<SeasonPlan> factory, SeasonPlan plan, SeasonScore initial,
                                   Consumer<Improvement> onBest, BooleanSupplier cancelled, long started,
                                   java.util.function.Supplier<SeasonPlan> start) {
        Solver<SeasonPlan> solver = factory.buildSolver();
        onBest.accept(new Improvement(millisSince(started), initial.hardPenalty(), initial.softPenalty()));
        java.util.concurrent.atomic.AtomicReference<SeasonPlan> kept = new java.util.concurrent.atomic.AtomicReference<>();
        solver.addEventListener(event -> {
            HardSoftLongScore best = (HardSoftLongScore) event.getNewBestScore();
            if (event.isEveryProblemChangeProcessed()
                    && PlanQuality.of(event.getNewBestSolution(), best).value() >= initial.quality()) {
                kept.set(event.getNewBestSolution());
                onBest.accept(new Improvement(millisSince(started), -best.hardScore(), -best.softScore()));
            }
        });
        stopIfCancelled(cancelled);
        AtomicBoolean stoppedByRequest = new AtomicBoolean();
        Thread watch = new Thread(() -> {
            // The solver only stops on its own terms, and forgets a terminateEarly() that arrives before
            // solve() has begun: once cancelled, the request is repeated until solve() returns.
            while (!Thread.currentThread().isInterrupted()) {
                if (stoppedByRequest.get() || cancelled.getAsBoolean()) {
                    stoppedByRequest.set(true);
                    solver.terminateEarly();
                }
                try {
                    Thread.sleep(stoppedByRequest.get() ? 20 : 200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "optimizer-cancel-watch");
        watch.setDaemon(true);
        watch.start();
        SeasonPlan best;
        try {
            best = solver.solve(plan);
        } finally {
            watch.interrupt();
        }
        if (stoppedByRequest.get() || cancelled.getAsBoolean()) {
            throw new CancellationException("the optimization was cancelled");
        }
        long speed = solver instanceof DefaultSolver<SeasonPlan> d ? d.getMoveEvaluationSpeed() : 0;
        if (PlanQuality.of(best, best.getScore()).value() < initial.quality()) {
            best = kept.get() != null ? kept.get() : start.get();
        }
        return new Searched(best, speed);
    }

    /**
     * Re-solves part of an existing schedule of the sport: the games of the {@code free} neighbourhood that are not
     * in {@code pinnedGames} may change date (to any date, or series week, of the neighbourhood the sport plays on)
     * and host; every other game stays exactly as given (id, date, host, venue). The result's games keep their ids,
     * in date order; its scores are the schedule's before and after under the options' constraint set and weights,
     * searched within the options' budget. Deterministic per seed and budget.
     */
    public OptimizedSeason reoptimize(Season season, Sport sport, List<Game> games, Neighbourhood free,
                                      Set<String> pinnedGames, long seed, SolveOptions options) {
        return reoptimize(season, sport, games, free, pinnedGames, seed, options, () -> false);
    }

    /**
     * As {@link #reoptimize(Season, Sport, List, Neighbourhood, Set, long, SolveOptions)}, stopping early (with
     * {@link CancellationException}) once {@code cancelled} says so.
     */
    public OptimizedSeason reoptimize(Season season, Sport sport, List<Game> games, Neighbourhood free,
                                      Set<String> pinnedGames, long seed, SolveOptions options, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        RuleBook book = new RuleBook(season, sport, options);
        String key = book.register();
        try {
            SolverFactory<SeasonPlan> factory = SolverFactory.create(config(seed, options, key));
            SolutionManager<SeasonPlan, HardSoftLongScore> manager = SolutionManager.create(factory);
            SeasonPlan plan = GivenPlan.of(season, sport, games, book, free, Set.copyOf(pinnedGames));
            SeasonScore initial = score(manager, plan);
            if (plan.getFixtures().stream().allMatch(Fixture::isPinned)) {
                return new OptimizedSeason(gamesAsGiven(plan), initial, initial, 0);
            }
            Searched searched = search(factory, plan, initial, improvement -> { }, cancelled, started,
                    () -> GivenPlan.of(season, sport, games, book, free, Set.copyOf(pinnedGames)));
            return new OptimizedSeason(gamesAsGiven(searched.best()), score(manager, searched.best()), initial,
                    searched.movesPerSecond());
        } finally {
            RuleBook.unregister(key);
        }
    }

    /** The plan's games under the ids they were given, in date order. */
    private static List<Game> gamesAsGiven(SeasonPlan plan) {
        List<Game> out = new ArrayList<>();
        plan.getFixtures().forEach(x -> out.addAll(x.games()));
        out.sort(TeamGames.BY_DATE);
        return List.copyOf(out);
    }

    /** Drafting and scoring the starting plans takes seconds: a cancel that arrives meanwhile ends it before the search. */
    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("the optimization was cancelled before the search started");
        }
    }

    /** A new best score during the search: penalties as positive numbers. */
    public record Improvement(long elapsedMillis, long hardPenalty, long softPenalty) {
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    /** Scores an existing schedule of the sport with the same constraints and weights. */
    public SeasonScore evaluate(Season season, Sport sport, List<Game> games, SolveOptions options) {
        RuleBook book = new RuleBook(season, sport, options);
        String key = book.register();
        try {
            return score(SolutionManager.create(SolverFactory.create(config(0, options, key))), GivenPlan.fixed(season, sport, games, book));
        } finally {
            RuleBook.unregister(key);
        }
    }

    /** The constraint set the options make the optimizer score with (the same a validator should use to agree). */
    public static ConstraintSet constraintSet(Season season, Sport sport, SolveOptions options) {
        return RuleBook.constraintSet(season, sport, options);
    }

    /** Scores a plan: totals from Timefold's score analysis plus unweighted travel. */
    static SeasonScore score(SolutionManager<SeasonPlan, HardSoftLongScore> manager, SeasonPlan plan) {
        ScoreAnalysis<HardSoftLongScore> analysis = manager.analyze(plan);
        RuleBook book = plan.getFixtures().get(0).rules();
        Map<String, RuleTotal> totals = new TreeMap<>();
        for (ConstraintAnalysis<HardSoftLongScore> c : analysis.constraintMap().values()) {
            String name = c.constraintName();
            boolean hard = book.isHard(name);
            long penalty = hard ? -c.score().hardScore() : -c.score().softScore();
            totals.put(name, new RuleTotal(name, hard, c.matchCount(), penalty));
        }
        HardSoftLongScore s = analysis.score();
        String summary = manager.explain(plan).getSummary();
        return new SeasonScore(-s.hardScore(), -s.softScore(), totals, travelMiles(plan), travelDollars(plan), summary,
                PlanQuality.of(plan, s).value());
    }

    /** Unweighted miles of all teams ({@link org.flextime.domain.RoadTrips}). */
    static long travelMiles(SeasonPlan plan) {
        return teamGames(plan).stream().mapToLong(TeamGames::travelMiles).sum();
    }

    /** Travel of all teams in the request's unit, dollars or miles ({@link org.flextime.domain.RoadTrips}). */
    static long travel(SeasonPlan plan) {
        return teamGames(plan).stream().mapToLong(TeamGames::travel).sum();
    }

    /** Travel cost of all teams as the reported quality counts it: dollars in miles' worth ({@link RuleBook#cost}). */
    static long travelCost(SeasonPlan plan) {
        RuleBook book = plan.getFixtures().get(0).rules();
        return teamGames(plan).stream().mapToLong(t -> book.cost(t.team(), t.games())).sum();
    }

    /** Travel dollars of all teams ({@link org.flextime.domain.RoadTrips#dollars}). */
    static long travelDollars(SeasonPlan plan) {
        RoadTrips trips = plan.getFixtures().get(0).rules().trips();
        return teamGames(plan).stream().mapToLong(t -> trips.dollars(t.team(), t.games())).sum();
    }

    /** The sum over teams of |home games - away games|. */
    static long homeAwayDifference(SeasonPlan plan) {
        return teamGames(plan).stream().mapToLong(TeamGames::homeAwayDifference).sum();
    }

    private static List<TeamGames> teamGames(SeasonPlan plan) {
        Map<String, List<TeamGame>> byTeam = new TreeMap<>();
        for (Fixture x : plan.getFixtures()) {
            for (TeamGame a : x.teamGames()) {
                byTeam.computeIfAbsent(a.team(), k -> new ArrayList<>()).add(a);
            }
        }
        return byTeam.entrySet().stream().map(e -> new TeamGames(e.getKey(), e.getValue())).toList();
    }

    /** The solver's configuration: the season constraints of the registered rule book, the season moves, annealing. */
    static SolverConfig config(long seed, SolveOptions options, String ruleBook) {
        return new SolverConfig()
                .withSolutionClass(SeasonPlan.class)
                .withEntityClasses(Fixture.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(SeasonConstraints.class)
                        .withConstraintProviderCustomProperties(Map.of("ruleBook", ruleBook)))
                .withRandomSeed(seed)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(options.budget())
                        .withUnimprovedSpentLimit(options.unimprovedLimit()))
                .withPhases(new LocalSearchPhaseConfig()
                        .withMoveSelectorConfig(new MoveIteratorFactoryConfig()
                                .withMoveIteratorFactoryClass(SeasonMoveFactory.class))
                        .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                .withSimulatedAnnealingStartingTemperature(START_TEMPERATURE))
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
    }

    // ---------------------------------------------------------------- draft -> plan

    /** The plan of a drafted season: one fixture per meeting, with its dates in every slot. */
    static SeasonPlan plan(Season season, Sport sport, SeasonDraft draft, RuleBook rules) {
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < draft.slotDates().size(); s++) {
            slots.add(new Slot(s, draft.slotDates().get(s)));
        }
        Map<String, Integer> legs = new HashMap<>();
        for (SeasonDraft.Meeting m : draft.meetings()) {
            legs.merge(pairKey(m.home(), m.away()), 1, Integer::sum);
        }
        Map<String, Map<Integer, SlotDates>> datesOfPair = new HashMap<>();
        List<Fixture> fixtures = new ArrayList<>();
        int width = Math.max(3, String.valueOf(draft.meetings().size()).length());
        for (int i = 0; i < draft.meetings().size(); i++) {
            SeasonDraft.Meeting m = draft.meetings().get(i);
            String key = pairKey(m.home(), m.away());
            Map<Integer, SlotDates> dates = datesOfPair.computeIfAbsent(key,
                    k -> slotDates(season, sport, draft, m.home(), m.away()));
            fixtures.add(new Fixture(String.format("f%0" + width + "d", i + 1), m.home(), m.away(), legs.get(key),
                    dates, rules, slots.get(m.slot()), null, false));
        }
        return new SeasonPlan(slots, fixtures);
    }

    /**
     * Where a pair's meeting falls in each slot. A series takes the pair's series dates of the slot's week.
     * A single game takes the legal date nearest the slot's date (later wins a tie) strictly between the
     * neighbouring slots' dates, as the generator places games that cannot use their round's date.
     */
    private static Map<Integer, SlotDates> slotDates(Season season, Sport sport, SeasonDraft draft, String a, String b) {
        Map<Integer, SlotDates> out = new HashMap<>();
        List<LocalDate> anchors = draft.slotDates();
        int per = Math.max(1, sport.format().gamesPerSeries());
        TreeSet<LocalDate> legal = new TreeSet<>(season.matchDates(sport, a, b));
        for (int s = 0; s < anchors.size(); s++) {
            LocalDate anchor = anchors.get(s);
            if (draft.series()) {
                List<LocalDate> d = season.seriesDates(sport, a, b, anchor);
                out.put(s, d.size() == per ? new SlotDates(d) : SlotDates.fallback(anchor, per));
                continue;
            }
            LocalDate lower = s == 0 ? sport.window().from().minusDays(1) : anchors.get(s - 1);
            LocalDate upper = s == anchors.size() - 1 ? sport.window().to().plusDays(1) : anchors.get(s + 1);
            LocalDate best = null;
            long bestDistance = Long.MAX_VALUE;
            for (LocalDate d : legal.subSet(lower, false, upper, false)) {
                long distance = 2 * Math.abs(d.toEpochDay() - anchor.toEpochDay()) + (d.isBefore(anchor) ? 1 : 0);
                if (distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            }
            out.put(s, best != null ? new SlotDates(List.of(best)) : SlotDates.fallback(anchor, 1));
        }
        return out;
    }

    // ---------------------------------------------------------------- games <-> plan

    /** The plan's games, ids g001... in date order (then host, guest in team order), at the host's venue. */
    static List<Game> games(Season season, Sport sport, List<String> teams, SeasonPlan plan) {
        record Placed(LocalDate date, int home, int away) {
        }
        List<Placed> placed = new ArrayList<>();
        for (Fixture x : plan.getFixtures()) {
            for (LocalDate d : x.dates()) {
                placed.add(new Placed(d, teams.indexOf(x.host()), teams.indexOf(x.guest())));
            }
        }
        placed.sort(Comparator.comparing(Placed::date).thenComparingInt(Placed::home).thenComparingInt(Placed::away));
        int width = Math.max(3, String.valueOf(placed.size()).length());
        List<Game> games = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            String home = teams.get(p.home());
            games.add(new Game(String.format("g%0" + width + "d", i + 1), p.date(), home, teams.get(p.away()),
                    sport.venueOf(season.teams().get(home))));
        }
        return List.copyOf(games);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
