package org.flextime.rules.itc;

import java.util.ArrayList;
import java.util.List;
import org.flextime.rules.robinx.DistanceMatrix;
import org.flextime.rules.robinx.GameMode;
import org.flextime.rules.robinx.Instance;
import org.flextime.rules.robinx.RobinxConstraint;
import org.flextime.rules.robinx.ScheduledMatch;
import org.flextime.rules.robinx.Slot;
import org.flextime.rules.robinx.Solution;
import org.flextime.rules.robinx.SolutionMetaData;
import org.flextime.rules.robinx.Team;

/**
 * A hand-made 4-team, 6-slot phased double round robin for exact constraint tests.
 * <pre>
 * slot:    0    1    2    3    4    5
 * games:  0-1  2-0  0-3  1-0  0-2  3-0      (home-away)
 *         2-3  1-3  1-2  3-2  3-1  2-1
 * team 0:  H    A    H    A    H    A      no breaks
 * team 1:  A    H    H    H    A    A      breaks in slots 2, 3 (home) and 5 (away)
 * team 2:  H    H    A    A    A    H      breaks in slots 1 (home), 3 and 4 (away)
 * team 3:  A    A    A    H    H    H      breaks in slots 1, 2 (away) and 4, 5 (home)
 * </pre>
 */
final class TinyLeague {

    static final List<ScheduledMatch> GAMES = List.of(
            new ScheduledMatch(0, 1, 0), new ScheduledMatch(2, 3, 0),
            new ScheduledMatch(2, 0, 1), new ScheduledMatch(1, 3, 1),
            new ScheduledMatch(0, 3, 2), new ScheduledMatch(1, 2, 2),
            new ScheduledMatch(1, 0, 3), new ScheduledMatch(3, 2, 3),
            new ScheduledMatch(0, 2, 4), new ScheduledMatch(3, 1, 4),
            new ScheduledMatch(3, 0, 5), new ScheduledMatch(2, 1, 5));

    static final List<Integer> ALL_TEAMS = List.of(0, 1, 2, 3);
    static final List<Integer> ALL_SLOTS = List.of(0, 1, 2, 3, 4, 5);

    private TinyLeague() {
    }

    static Instance instance(RobinxConstraint... constraints) {
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            teams.add(new Team(t, "Team " + t, 0, List.of()));
        }
        List<Slot> slots = new ArrayList<>();
        for (int s = 0; s < 6; s++) {
            slots.add(new Slot(s, "Slot " + s, List.of()));
        }
        return new Instance("tiny", "SC", 2, true, GameMode.PHASED, teams, slots, DistanceMatrix.empty(),
                List.of(constraints));
    }

    static Solution solution() {
        return solution(GAMES);
    }

    static Solution solution(List<ScheduledMatch> games) {
        return new Solution(SolutionMetaData.forInstance("tiny"), games);
    }

    static Evaluation evaluate(RobinxConstraint... constraints) {
        return new ItcEvaluator().evaluate(instance(constraints), solution());
    }
}
