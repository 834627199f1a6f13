package org.flextime.scheduler.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.flextime.domain.Game;
import org.flextime.domain.Season;
import org.flextime.domain.Sport;

/** What the job queue asks of the generation engine: a draft within a budget, reporting progress, stoppable. */
public interface DraftEngine {

    /** The best score the engine has so far. */
    record Progress(long elapsedMillis, Integer bestHard, Long bestSoft) {
    }

    /**
     * A draft's games and the constraint set it was made with ({@code constraintSetId} and
     * {@code constraintSetVersion} null: the sport's default set, or no optimization).
     */
    record Draft(List<Game> games, String constraintSetId, Integer constraintSetVersion) {
    }

    /**
     * Produces a draft against version {@code constraintSetVersion} of the sport's constraint set (null: its active set);
     * stops early (throwing {@link java.util.concurrent.CancellationException}) when {@code cancelled} says so.
     */
    Draft draft(Season season, Sport sport, Map<String, Object> options, Integer constraintSetVersion, Duration budget,
                     java.util.function.Consumer<Progress> progress, BooleanSupplier cancelled);
}
