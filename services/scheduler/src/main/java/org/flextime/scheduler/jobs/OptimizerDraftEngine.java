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
import org.flextime.rules.ConstraintSet;
import org.flextime.rules.DefaultRules;
import org.flextime.engine.season.SeasonGenerator;
import org.flextime.engine.season.optimizer.RuleBook;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.engine.season.optimizer.SolveOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind the job queue: the Timefold season optimizer under the job's budget, reporting every new best
 * score; {@code "optimize": false} asks for the generator's draft alone. Both work to the sport's active constraint
 * set, the one the saga's validation step uses ({@link ConstraintSetSource}; the default set when none is active, no
 * draft when the constraints service cannot say which is): the optimizer scores with it, the generator takes its home and away limits. It
 * hands the optimizer the companion schedule a rule of that set names (the latest completed schedule of the companion
 * sport in the same season), logging which set and version and which companion were used.
 */
public class OptimizerDraftEngine implements DraftEngine {

    private static final Logger log = LoggerFactory.getLogger(OptimizerDraftEngine.class);

    private final SeasonOptimizer optimizer;
    private final SeasonGenerator generator;
    private final ConstraintSetSource sets;
    private final BiFunction<String, String, Optional<List<Game>>> companions;

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
        log.info("optimizing {} {} against the {}; companion schedule: {}", sport.code(), season.id(), prepared.constraintSet(),
                prepared.companion());
        List<Game> games = optimizer.optimize(season, sport, seed, solve,
                best -> progress.accept(new Progress(best.elapsedMillis(), (int) best.hardPenalty(), best.softPenalty())),
                cancelled).games();
        return new Draft(games, prepared.choice().setId(), prepared.choice().version());
    }
}
