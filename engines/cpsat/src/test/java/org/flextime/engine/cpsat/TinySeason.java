package org.flextime.engine.cpsat;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Slot;
import org.flextime.rules.robinx.Team;

/**
 * A hand-made 4-team, 6-slot compact double round robin for exact model tests.
 * <pre>
 * slot:    0    1    2    3    4    5
 * games:  0-1  0-2  3-0  1-0  2-0  0-3      (home-away)
 *         2-3  3-1  1-2  3-2  1-3  2-1
 * team 0:  H    H    A    A    A    H      breaks in slots 1 (home), 3 and 4 (away)
 * team 1:  A    A    H    H    H    A      breaks in slots 1 (away), 3 and 4 (home)
 * team 2:  H    A    A    A    H    H      breaks in slots 2, 3 (away) and 5 (home)
 * team 3:  A    H    H    H    A    A      breaks in slots 2, 3 (home) and 5 (away)
 * </pre>
 * Every pair meets once in slots 0-2 and once in slots 3-5, with two slots between the meetings.
 */
final class TinySeason {

    static final List<ScheduledMatch> GAMES = List.of(
            new ScheduledMatch(0, 1, 0), new ScheduledMatch(2, 3, 0),
            new ScheduledMatch(0, 2, 1), new ScheduledMatch(3, 1, 1),
            new ScheduledMatch(3, 0, 2), new ScheduledMatch(1, 2, 2),
            new ScheduledMatch(1, 0, 3), new ScheduledMatch(3, 2, 3),
            new ScheduledMatch(2, 0, 4), new ScheduledMatch(1, 3, 4),
            new ScheduledMatch(0, 3, 5), new ScheduledMatch(2, 1, 5));

    static final List<Integer> ALL_TEAMS = List.of(0, 1, 2, 3);
    static final List<Integer> ALL_SLOTS = List.of(0, 1, 2, 3, 4, 5);

    private TinySeason() {
    }

    /** The 4-team phased season with the given rules; teams are named "T0" to "T3". */
    static Instance instance(RobinxConstraint... rules) {
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            teams.add(new Team(t, "T" + t, 0, List.of()));
        }
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            slots.add(new Slot(s, "Slot " + s, List.of()));
        }
        return new Instance("tiny", "SC", 2, true, GameMode.PHASED, teams, slots, DistanceMatrix.empty(),
                List.of(rules));
    }
}
