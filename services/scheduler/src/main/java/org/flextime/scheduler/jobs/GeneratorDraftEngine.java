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

/** The season generator behind the job queue; the seed comes from {@code options.seed}. */
public class GeneratorDraftEngine implements DraftEngine {

    private final SeasonGenerator generator;

    /** An engine over this generator. */
    public GeneratorDraftEngine(SeasonGenerator generator) {
        this.generator = generator;
    }

    @Override
    public List<Game> draft(Season season, Sport sport, Map<String, Object> options, Duration budget, Consumer<Progress> progress,
                            BooleanSupplier cancelled) {
        long started = System.nanoTime();
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled before the engine started");
        }
        Object seed = options == null ? null : options.get("seed");
        List<Game> games = generator.generate(season, sport, seed instanceof Number n ? n.longValue() : 2025L);
        progress.accept(new Progress((System.nanoTime() - started) / 1_000_000, null, null));
        return games;
    }
}
