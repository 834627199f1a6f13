package org.flextime.engine.conflicts.strategies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.flextime.domain.Game;
import org.flextime.domain.Team;
import org.flextime.engine.conflicts.resolution.Candidate;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Situation;

/**
 * Moves one of the conflict's games to another venue of the home school on the same day (its arena, its stadium, the
 * sport's home venue), one this schedule does not use that day.
 */
public final class MoveVenue implements ResolutionStrategy {

    @Override
    public String name() {
        return "move-venue";
    }

    @Override
    public String description() {
        return "move a game to another venue of the home school on the same day";
    }

    @Override
    public List<Candidate> propose(Situation s) {
        List<Candidate> out = new ArrayList<>();
        for (Game g : s.movable()) {
            Team home = s.season().teams().get(g.home());
            if (home == null) {
                continue;
            }
            Set<String> venues = new LinkedHashSet<>(List.of(s.sport().venueOf(home), home.arena().name(), home.stadium().name()));
            for (String v : venues) {
                if (!v.equals(g.venue()) && !s.venueBusy(v, g.date())) {
                    out.add(new Candidate(List.of(new Game(g.id(), g.date(), g.home(), g.away(), v)),
                            "play " + g.label() + " on " + Labels.day(g.date()) + " at " + v + " instead of " + g.venue()));
                }
            }
        }
        return out;
    }
}
