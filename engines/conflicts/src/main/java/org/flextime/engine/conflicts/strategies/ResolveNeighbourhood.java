package org.flextime.engine.conflicts.strategies;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flextime.domain.Game;
import org.flextime.engine.conflicts.resolution.Candidate;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Situation;
import org.flextime.engine.season.optimizer.Neighbourhood;
import org.flextime.engine.season.optimizer.OptimizedSeason;
import org.flextime.engine.season.optimizer.SeasonOptimizer;
import org.flextime.engine.season.optimizer.SolveOptions;

/**
 * Re-solves the neighbourhood of the conflict with the season engine: every unpinned game within {@link #DAYS} days
 * either side of the conflict's day may change date and host, everything else stays exactly as it is; the engine's
 * best schedule within {@link #BUDGET} is the one candidate. Stops early when the resolver cuts it off.
 */
public final class ResolveNeighbourhood implements ResolutionStrategy {

    /** How many days either side of the conflict are free. */
    static final int DAYS = 7;
    /** The engine's time budget, within the resolver's default per-request budget of 2 s. */
    static final Duration BUDGET = Duration.ofMillis(1200);
    private static final long SEED = 1;

    @Override
    public String name() {
        return "resolve-neighbourhood";
    }

    @Override
    public String description() {
        return "re-optimize the games within a week of the conflict with the season engine, everything else pinned";
    }

    @Override
    public List<Candidate> propose(Situation s) {
        if (s.movable().isEmpty()) {
            return List.of();
        }
        Neighbourhood free = Neighbourhood.dates(s.conflict().date().minusDays(DAYS), s.conflict().date().plusDays(DAYS));
        OptimizedSeason result = new SeasonOptimizer().reoptimize(s.season(), s.sport(), s.games(), free, s.pinnedIds(), SEED,
                SolveOptions.defaults().withBudget(BUDGET, BUDGET.dividedBy(2)), () -> Thread.currentThread().isInterrupted());
        Map<String, Game> before = new HashMap<>();
        s.games().forEach(g -> before.put(g.id(), g));
        List<Game> changed = new ArrayList<>();
        for (Game engine : result.games()) {
            Game was = before.get(engine.id());
            // the engine plans dates, sides and venues only: each game keeps its own start time, wherever it goes
            Game g = was != null && engine.start() == null ? engine.withStart(was.start()) : engine;
            if (!g.equals(was)) {
                changed.add(g);
            }
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        return List.of(new Candidate(changed, "re-solve " + free.from() + " to " + free.to() + " with the season engine: "
                + changed.size() + " game(s) change, everything else stays"));
    }
}
