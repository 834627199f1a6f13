package org.flextime.rules.testing;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.Br1;
import org.flextime.rules.robinx.Ca1;
import org.flextime.rules.robinx.Comparison;
import org.flextime.rules.robinx.ConstraintType;
import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.HomeAwayMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.Slot;
import org.flextime.rules.robinx.Team;

/**
 * The smallest RobinX instance whose HARD rules cannot all hold, for tests of how each way in (the command line, the
 * scheduler, the API) names the conflict: four teams ("Team 0" to "Team 3"), six slots, a phased double round robin,
 * where Team 0 must host in slots 0 and 1 (CA1) but may not have a home break in slot 1 (BR1).
 */
public final class ContradictoryInstance {

    private ContradictoryInstance() {
    }

    /** The instance, named "Contradictory", its CA1 and BR1 on the given lines. */
    public static Instance of(int ca1Line, int br1Line) {
        List<Team> teams = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            if (i < 4) {
                teams.add(new Team(i, "Team " + i, 0, List.of()));
            }
            slots.add(new Slot(i, "Slot " + i, List.of()));
        }
        return new Instance("Contradictory", "SC", 2, true, GameMode.PHASED, teams, slots, DistanceMatrix.empty(), List.of(
                new Ca1(List.of(0), List.of(0, 1), 2, 2, HomeAwayMode.H, ConstraintType.HARD, 1, ca1Line),
                new Br1(List.of(0), List.of(1), 0, Comparison.LEQ, HomeAwayMode.H, ConstraintType.HARD, 1, br1Line)));
    }
}
