package org.flextime.scheduler.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;
import org.flextime.scheduler.engine.SeasonGenerator;
import org.flextime.scheduler.engine.optimizer.SeasonOptimizer;
import org.flextime.scheduler.engine.optimizer.SolveOptions;

/**
 * The engine behind the job queue: the Timefold season optimizer under the job's budget, reporting
 * every new best score; {@code "optimize": false} asks for the generator's draft alone.
 */
public class OptimizerDraftEngine implements DraftEngine {

    private final SeasonOptimizer optimizer;
    private final SeasonGenerator generator;

    /** An engine over this optimizer and generator. */
    public OptimizerDraftEngine(SeasonOptimizer optimizer, SeasonGenerator generator) {
        this.optimizer = optimizer;
        this.generator = generator;
    }

    /** Checks a request's options before a job is queued; throws with the offending option named. */
    public static void check(Map<String, Object> options) {
        if (options != null) {
            SolveOptions.fromMap(options);
        }
    }

    @Override
    public List<Game> draft(Season season, Sport sport, Map<String, Object> options, Duration budget, Consumer<Progress> progress,
                            BooleanSupplier cancelled) {
        long started = System.nanoTime();
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled before the engine started");
        }
        Map<String, Object> given = options == null ? Map.of() : options;
        long seed = given.get("seed") instanceof Number n ? n.longValue() : 2025L;
        if (Boolean.FALSE.equals(given.get("optimize"))) {
            List<Game> games = generator.generate(season, sport, seed);
            progress.accept(new Progress((System.nanoTime() - started) / 1_000_000, null, null));
            return games;
        }
        SolveOptions solve = SolveOptions.fromMap(given);
        solve = solve.withBudget(budget, given.containsKey("unimprovedSeconds") ? solve.unimprovedLimit() : budget);
        return optimizer.optimize(season, sport, seed, solve,
                best -> progress.accept(new Progress(best.elapsedMillis(), (int) best.hardPenalty(), best.softPenalty())),
                cancelled).games();
    }
}
