package org.flextime.engine.conflicts.strategies;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.flextime.domain.Game;
import org.flextime.domain.GameStarts;
import org.flextime.engine.conflicts.resolution.Candidate;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Situation;
import org.flextime.rules.VenueTurnover;

/**
 * Shifts the start time of a game within its day so that it and another sport's event at its venue make a
 * doubleheader: for a {@code venue-shared-booked} conflict, a start on the hour from {@link GameStarts#EARLIEST} to
 * {@link GameStarts#LATEST} at least a game and a turnaround ({@link VenueTurnover} of the schedule's set) from every other
 * sport's game there that day (its own start, or its sport's usual one), the smallest shift from the game's current
 * start (its own, or the usual one) first.
 */
public final class ShiftTime implements ResolutionStrategy {

    /** Start times proposed per game: the nearest ones; the resolver judges each. */
    static final int PER_GAME = 3;

    @Override
    public String name() {
        return "shift-time";
    }

    @Override
    public String description() {
        return "move a game to another start time on the same day, a game and a turnaround away from another sport's event at its venue";
    }

    @Override
    public List<Candidate> propose(Situation s) {
        if (!s.conflict().kind().equals("venue-shared-booked")) {
            return List.of();
        }
        Duration spacing = VenueTurnover.of(s.rules()).spacing();
        List<Candidate> out = new ArrayList<>();
        for (Game g : s.movable()) {
            List<Situation.OtherGame> others = s.otherSportsAt(g.venue(), g.date());
            if (others.isEmpty()) {
                continue;
            }
            LocalTime current = GameStarts.of(g, s.sport().code());
            List<LocalTime> starts = GameStarts.clearOf(others.stream().map(o -> GameStarts.of(o.game(), o.sport())).toList(),
                    spacing, current).stream().filter(start -> !start.equals(g.start())).toList();
            String around = String.join(", ", others.stream()
                    .map(o -> o.sport() + " " + o.game().label() + " at " + GameStarts.of(o.game(), o.sport())).toList());
            for (LocalTime start : starts.subList(0, Math.min(PER_GAME, starts.size()))) {
                out.add(new Candidate(List.of(g.withStart(start)), "start " + g.label() + " on " + Labels.day(g.date()) + " at "
                        + start + " instead of " + current + (g.start() == null ? " (the usual start)" : "") + ": "
                        + g.venue() + " hosts it and " + around + " as a doubleheader"));
            }
        }
        return out;
    }
}
