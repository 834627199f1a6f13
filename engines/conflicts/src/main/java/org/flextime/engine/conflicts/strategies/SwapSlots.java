package org.flextime.engine.conflicts.strategies;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.flextime.domain.Game;
import org.flextime.engine.conflicts.resolution.Candidate;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Situation;

/**
 * Swaps the dates of one of the conflict's games and another unpinned game within {@link #WINDOW_DAYS} days, each
 * keeping its teams and venue, when each pairing may play on the other's date and each venue is free on it (but for the
 * swapped game itself): the {@link #PER_GAME} nearest swaps.
 */
public final class SwapSlots implements ResolutionStrategy {

    /** How far apart two swapped games may be. */
    static final int WINDOW_DAYS = 14;
    /** Swaps offered per game. */
    static final int PER_GAME = 4;

    @Override
    public String name() {
        return "swap-slots";
    }

    @Override
    public String description() {
        return "swap the dates of a game and another game nearby";
    }

    @Override
    public List<Candidate> propose(Situation s) {
        List<Candidate> out = new ArrayList<>();
        for (Game g : s.movable()) {
            List<java.time.LocalDate> gDates = s.season().matchDates(s.sport(), g.home(), g.away());
            s.games().stream()
                    .filter(h -> !h.id().equals(g.id()) && !s.pinned(h.id()) && !h.date().equals(g.date())
                            && Math.abs(ChronoUnit.DAYS.between(g.date(), h.date())) <= WINDOW_DAYS)
                    .filter(h -> gDates.contains(h.date()) && s.season().isPlayable(s.sport(), h.home(), h.away(), g.date()))
                    .filter(h -> venueFree(s, g, h.date(), h) && venueFree(s, h, g.date(), g))
                    .sorted(Comparator.comparingLong((Game h) -> Math.abs(ChronoUnit.DAYS.between(g.date(), h.date())))
                            .thenComparing(Game::id))
                    .limit(PER_GAME)
                    .forEach(h -> out.add(new Candidate(List.of(
                            g.withDate(h.date()),
                            h.withDate(g.date())),
                            "swap the dates of " + g.label() + " (" + Labels.day(g.date()) + ") and " + h.label() + " ("
                                    + Labels.day(h.date()) + ")")));
        }
        return out;
    }

    // the venue is free on the day but for the game leaving it
    private static boolean venueFree(Situation s, Game moving, java.time.LocalDate day, Game leaving) {
        return moving.venue() == null || moving.venue().equals(leaving.venue()) || !s.venueBusy(moving.venue(), day);
    }
}
