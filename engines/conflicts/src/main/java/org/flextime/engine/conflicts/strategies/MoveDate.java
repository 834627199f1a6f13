package org.flextime.engine.conflicts.strategies;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flextime.domain.Game;
import org.flextime.engine.conflicts.resolution.Candidate;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Situation;

/**
 * Moves one of the conflict's games to another date in the sport's window on which the pairing may play (its play days,
 * no blackout of either team) and neither team nor the venue has a game: the nearest {@link #PER_GAME} such dates,
 * rested ones first (neither team plays the day before or after), as a team playing on consecutive days breaks most
 * sports' rules.
 */
public final class MoveDate implements ResolutionStrategy {

    /** Dates offered per game. */
    static final int PER_GAME = 10;

    @Override
    public String name() {
        return "move-date";
    }

    @Override
    public String description() {
        return "move a game to another free date in the sport's window";
    }

    @Override
    public List<Candidate> propose(Situation s) {
        List<Candidate> out = new ArrayList<>();
        for (Game g : s.movable()) {
            s.season().matchDates(s.sport(), g.home(), g.away()).stream()
                    .filter(d -> !d.equals(g.date()) && s.freeFor(g, d))
                    .sorted(Comparator.comparing((LocalDate d) -> !s.restedFor(g, d))
                            .thenComparingLong(d -> Math.abs(ChronoUnit.DAYS.between(g.date(), d))).thenComparing(d -> d))
                    .limit(PER_GAME)
                    .forEach(d -> out.add(new Candidate(List.of(g.withDate(d)),
                            "move " + g.label() + " from " + Labels.day(g.date()) + " to " + Labels.day(d))));
        }
        return out;
    }
}
