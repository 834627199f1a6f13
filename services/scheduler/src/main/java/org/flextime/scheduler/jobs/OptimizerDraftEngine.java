package org.flextime.scheduler.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.engine.cpsat.CpSatConfig;
import org.flextime.engine.cpsat.season.SeasonTimetable;
import org.flextime.engine.cpsat.season.TimetableResult;
import org.flextime.engine.season.optimizer.Neighbourhood;
import org.flextime.rules.CompiledSet;
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.RuleCompiler;
import org.flextime.rules.VenueTurnover;
import org.flextime.rules.DefaultRules;
import org.flextime.engine.season.Doubleheaders;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.engine.season.optimizer.RuleBook;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.engine.season.optimizer.SolveOptions;
import org.flextime.scheduler.problems.ConflictingRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind the job queue: the Timefold season optimizer under the job's budget, reporting every new best
 * score; {@code "optimize": false} asks for the generator's draft alone. Both work to the sport's active constraint
 * set, the one the saga's validation step uses ({@link ConstraintSetSource}; the default set when none is active, no
 * draft when the constraints service cannot say which is): the optimizer scores with it, the generator takes its home and away limits. It
 * hands the optimizer the companion schedule a rule of that set names (the latest completed schedule of the companion
 * sport in the same season), logging which set and version and which companion were used.
 *
 * <p>When the generator's draft (or, after the search, the optimizer's schedule) breaks a HARD rule of the set that
 * the CP-SAT path can hold ({@link SeasonTimetable}: an added rule the generator does not build for, or a format the
 * generator cannot fit, such as a pod of four), the same meetings are re-dated and re-hosted by CP-SAT; when the rules
 * cannot all hold, the draft fails with {@link ConflictingRules} naming them, and nothing is stored.
 */
public class OptimizerDraftEngine implements DraftEngine {

    private static final Logger log = LoggerFactory.getLogger(OptimizerDraftEngine.class);

    private final SeasonOptimizer optimizer;
    private final SeasonGenerator generator;
    private final ConstraintSetSource sets;
    private final BiFunction<String, String, Optional<List<Game>>> companions;
    private final SeasonTimetable timetable = new SeasonTimetable();
    /** The least time the CP-SAT path gets, however small the job's budget. */
    private static final Duration MIN_TIMETABLE = Duration.ofSeconds(5);

    /** An engine over this optimizer and generator, with the default sets and no companion schedules. */
    public OptimizerDraftEngine(SeasonOptimizer optimizer, SeasonGenerator generator) {
        this(optimizer, generator, ConstraintSetSource.DEFAULTS, (sport, season) -> Optional.empty());
    }

    /**
     * An engine that takes the constraint set from {@code sets} and a companion sport's games from {@code companions}
     * (sport, season -> the latest completed schedule's games).
     */
    public OptimizerDraftEngine(SeasonOptimizer optimizer, SeasonGenerator generator, ConstraintSetSource sets,
                                BiFunction<String, String, Optional<List<Game>>> companions) {
        this.optimizer = optimizer;
        this.generator = generator;
        this.sets = sets;
        this.companions = companions;
    }

    /** Checks a request's options before a job is queued; throws with the offending option named. */
    public static void check(Map<String, Object> options) {
        if (options != null) {
            SolveOptions.fromMap(options);
        }
    }

    /**
     * As {@link #check(Map)}, and every weight must name {@code travel}, an old name, or a soft rule of the sport's
     * default set or of {@code active} (the sport's active set, when known).
     */
    public static void check(Season season, Sport sport, Map<String, Object> options, ConstraintSet active) {
        if (options == null) {
            return;
        }
        SolveOptions solve = SolveOptions.fromMap(options);
        Set<String> known = new java.util.TreeSet<>(RuleBook.weightNames(new DefaultRules().forSport(season, sport)));
        known.addAll(SolveOptions.ALIASES.keySet());
        if (active != null) {
            known.addAll(RuleBook.weightNames(active));
        }
        for (String name : solve.weights().keySet()) {
            if (!known.contains(name)) {
                throw new IllegalArgumentException("unknown soft constraint '" + name + "' for " + sport.code() + ", known: " + known);
            }
        }
    }

    /** The source of constraint sets this engine optimizes against. */
    public ConstraintSetSource sets() {
        return sets;
    }

    /** The options a job optimizes with, and which constraint set and companion schedule they hold (for the log). */
    record Prepared(SolveOptions options, ConstraintSetSource.Choice choice, String companion) {

        /** Which constraint set, for the log. */
        String constraintSet() {
            return choice.label();
        }
    }

    /** The request's options with the job's budget, the active (or default) constraint set and the companion schedule. */
    Prepared prepare(Season season, Sport sport, Map<String, Object> given, Duration budget) {
        return prepare(season, sport, given, null, budget);
    }

    /** As {@link #prepare(Season, Sport, Map, Duration)} with the named version of the sport's set (null: the active one). */
    Prepared prepare(Season season, Sport sport, Map<String, Object> given, Integer constraintSetVersion, Duration budget) {
        SolveOptions solve = SolveOptions.fromMap(given);
        solve = solve.withBudget(budget, given.containsKey("unimprovedSeconds") ? solve.unimprovedLimit() : budget);
        ConstraintSetSource.Choice choice = sets.pick(season, sport, constraintSetVersion);
        solve = solve.withConstraintSet(choice.set());
        ConstraintSet set = choice.set() != null ? choice.set() : new DefaultRules().forSport(season, sport);
        String companion = DefaultRules.companionOf(set).orElse(null);
        String companionNote = "none";
        if (companion != null) {
            Optional<List<Game>> games = companions.apply(companion, season.id());
            if (games.isPresent()) {
                solve = solve.withCompanion(games.get());
                companionNote = "the latest completed " + companion + " " + season.id() + " schedule (" + games.get().size() + " games)";
            } else {
                companionNote = "no completed " + companion + " " + season.id() + " schedule yet";
            }
        }
        return new Prepared(solve, choice, companionNote);
    }

    @Override
    public Draft draft(Season season, Sport sport, Map<String, Object> options, Integer constraintSetVersion, Duration budget,
                       Consumer<Progress> progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled before the engine started");
        }
        Map<String, Object> given = options == null ? Map.of() : options;
        long seed = given.get("seed") instanceof Number n ? n.longValue() : 2025L;
        if (Boolean.FALSE.equals(given.get("optimize"))) {
            ConstraintSetSource.Choice choice = sets.pick(season, sport, constraintSetVersion);
            ConstraintSet set = choice.set();
            List<Game> games = generator.generate(season, sport, set != null ? set : new DefaultRules().forSport(season, sport), seed);
            progress.accept(new Progress((System.nanoTime() - started) / 1_000_000, null, null));
            return new Draft(games, choice.setId(), choice.version());
        }
        Prepared prepared = prepare(season, sport, given, constraintSetVersion, budget);
        SolveOptions solve = prepared.options();
        CompiledSet compiled = compiled(season, sport, solve);
        Optional<List<Game>> timetabled = SeasonTimetable.supports(sport)
                ? timetabled(season, sport, compiled, generator.generate(season, sport, compiled.set(), seed), "the generator's draft",
                seed, solve, budget.dividedBy(2), started, progress, cancelled)
                : Optional.empty();
        if (timetabled.isPresent()) {
            return new Draft(withDoubleheaders(sport, compiled, solve, timetabled.get()), prepared.choice().setId(),
                    prepared.choice().version());
        }
        log.info("optimizing {} {} against the {}; companion schedule: {}", sport.code(), season.id(), prepared.constraintSet(),
                prepared.companion());
        List<Game> games = optimizer.optimize(season, sport, seed, solve,
                best -> progress.accept(new Progress(best.elapsedMillis(), (int) best.hardPenalty(), best.softPenalty())),
                cancelled).games();
        if (SeasonTimetable.supports(sport)) {
            // the search may end with HARD rules broken that the CP-SAT path can hold: it gets a quarter of the budget more
            games = timetabled(season, sport, compiled, games, "the optimizer's schedule", seed, null, budget.dividedBy(4), started,
                    progress, cancelled).orElse(games);
        }
        return new Draft(withDoubleheaders(sport, compiled, solve, games), prepared.choice().setId(), prepared.choice().version());
    }

    /**
     * The games with a doubleheader start for each that shares its arena on a day with the companion schedule the set
     * names (women's basketball with men's): the set weighs such days as a soft rule, detection calls an arena booked
     * twice critical, and a start a game and a turnaround apart makes it a doubleheader instead.
     */
    private static List<Game> withDoubleheaders(Sport sport, CompiledSet compiled, SolveOptions solve, List<Game> games) {
        Optional<String> companion = DefaultRules.companionOf(compiled.set());
        if (companion.isEmpty() || solve.companion().isEmpty()) {
            return games;
        }
        Doubleheaders.Timed timed = new Doubleheaders(sport.code(), companion.get(), VenueTurnover.of(compiled.set()).spacing())
                .time(games, solve.companion());
        if (timed.timed() + timed.unfit() > 0) {
            log.info("{}: {} games share an arena with {} on the same day: {} given doubleheader starts, {} left without one"
                    + " (no start of the day leaves the turnaround)", sport.code(), timed.timed() + timed.unfit(), companion.get(),
                    timed.timed(), timed.unfit());
        }
        return timed.games();
    }

    /** The set the optimizer scores with, compiled for the sport as given (a pod's own participants and format). */
    private static CompiledSet compiled(Season season, Sport sport, SolveOptions solve) {
        Season own = season.sport(sport.code()).filter(sport::equals).isPresent() ? season : season.withSports(List.of(sport));
        return new RuleCompiler().compile(SeasonOptimizer.constraintSet(season, sport, solve), own);
    }

    /**
     * The CP-SAT path ({@link SeasonTimetable}), taken when {@code games} break HARD rules of the set that it can hold:
     * the same meetings on dates and hosts that keep them, polished by the optimizer for the rest of the budget when
     * {@code polish} is given (kept only if still legal). Empty when the games break no such rule, or CP-SAT found
     * neither a schedule nor a proof within {@code share}; throws {@link ConflictingRules} when the rules cannot all hold.
     */
    private Optional<List<Game>> timetabled(Season season, Sport sport, CompiledSet compiled, List<Game> games, String what,
                                            long seed, SolveOptions polish, Duration share, long started,
                                            Consumer<Progress> progress, BooleanSupplier cancelled) {
        List<String> broken = SeasonTimetable.brokenButEncodable(compiled, games);
        if (broken.isEmpty()) {
            return Optional.empty();
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled before the CP-SAT path started");
        }
        Duration limit = share.compareTo(MIN_TIMETABLE) < 0 ? MIN_TIMETABLE : share;
        log.info("{} {}: {} breaks HARD rules {}; taking the CP-SAT path ({} s)", sport.code(), season.id(), what, broken,
                limit.toSeconds());
        TimetableResult result = timetable.solve(compiled, games, CpSatConfig.of(limit, seed, 2));
        if (!result.left().isEmpty()) {
            log.info("{} {}: HARD rules the CP-SAT path leaves to the validator: {}", sport.code(), season.id(), result.left());
        }
        if (result.conflict().isPresent()) {
            log.info("{} {}: the CP-SAT path proved a conflict in {} ms: {}", sport.code(), season.id(), result.elapsed().toMillis(),
                    result.conflict().get().explanation());
            throw new ConflictingRules(result.conflict().get().explanation(), result.left().keySet());
        }
        if (!result.found()) {
            log.warn("{} {}: the CP-SAT path found neither a schedule nor a conflict in {} ms", sport.code(), season.id(),
                    result.elapsed().toMillis());
            return Optional.empty();
        }
        log.info("{} {}: the CP-SAT path found a schedule keeping {} in {} ms", sport.code(), season.id(), result.encoded(),
                result.elapsed().toMillis());
        progress.accept(new Progress((System.nanoTime() - started) / 1_000_000, 0, null));
        List<Game> found = result.games();
        if (polish == null) {
            return Optional.of(found);
        }
        Duration left = polish.budget().minus(Duration.ofNanos(System.nanoTime() - started));
        if (left.toMillis() < 1000) {
            return Optional.of(found);
        }
        try {
            List<Game> polished = optimizer.reoptimize(season, sport, found, new Neighbourhood(null, null, Set.of()), Set.of(), seed,
                    polish.withBudget(left, left), cancelled).games();
            if (compiled.validate(polished).feasible()) {
                return Optional.of(polished);
            }
            log.info("{} {}: the optimizer's polish broke a HARD rule; keeping the CP-SAT schedule", sport.code(), season.id());
        } catch (RuntimeException e) {
            if (e instanceof CancellationException) {
                throw e;
            }
            log.warn("{} {}: could not polish the CP-SAT schedule: {}", sport.code(), season.id(), e.toString());
        }
        return Optional.of(found);
    }
}
