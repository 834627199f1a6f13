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
 * Moves one of the conflict's games to another venue of the home school on the same day, one this schedule does not
 * use that day: the sport's home venue, and for a sport whose data names no arena or stadium as its home (soccer,
 * baseball, tennis) also the school's arena and stadium. A sport that plays in the arena (or the stadium) is never sent
 * to the other: a basketball game does not move to a football field.
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
            String own = s.sport().venueOf(home);
            boolean listed = own.equals(home.arena().name()) || own.equals(home.stadium().name());
            Set<String> venues = new LinkedHashSet<>(listed ? List.of(own) : List.of(own, home.arena().name(), home.stadium().name()));
            for (String v : venues) {
                if (!v.equals(g.venue()) && !s.venueBusy(v, g.date())) {
                    out.add(new Candidate(List.of(g.withVenue(v)),
                            "play " + g.label() + " on " + Labels.day(g.date()) + " at " + v + " instead of " + g.venue()));
                }
            }
        }
        return out;
    }
}
