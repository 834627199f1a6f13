package org.flextime.engine.conflicts.strategies;

import java.util.ArrayList;
import java.util.List;
import org.flextime.domain.Game;
import org.flextime.domain.Team;
import org.flextime.engine.conflicts.resolution.Candidate;
import org.flextime.engine.conflicts.resolution.ResolutionStrategy;
import org.flextime.engine.conflicts.resolution.Situation;

/**
 * Swaps home and away between one of the conflict's games and its return game (the same two teams, sides reversed):
 * both keep their dates, each is played at the new host's venue for the sport. Nothing to swap when the pairing meets
 * once or the return game is pinned.
 */
public final class SwapHomeAway implements ResolutionStrategy {

    @Override
    public String name() {
        return "swap-home-away";
    }

    @Override
    public String description() {
        return "swap home and away with the return game, each keeping its date";
    }

    @Override
    public List<Candidate> propose(Situation s) {
        List<Candidate> out = new ArrayList<>();
        for (Game g : s.movable()) {
            for (Game r : s.games()) {
                if (!r.home().equals(g.away()) || !r.away().equals(g.home()) || s.pinned(r.id())) {
                    continue;
                }
                Team newHome = s.season().teams().get(g.away());
                Team returnHome = s.season().teams().get(r.away());
                if (newHome == null || returnHome == null) {
                    continue;
                }
                out.add(new Candidate(List.of(
                        g.withSides(g.away(), g.home(), s.sport().venueOf(newHome)),
                        r.withSides(r.away(), r.home(), s.sport().venueOf(returnHome))),
                        "swap home and away of " + g.label() + " (" + Labels.day(g.date()) + ") and its return game "
                                + r.label() + " (" + Labels.day(r.date()) + ")"));
            }
        }
        return out;
    }
}
